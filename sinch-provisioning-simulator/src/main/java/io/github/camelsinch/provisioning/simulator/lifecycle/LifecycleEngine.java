/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsinch.provisioning.simulator.lifecycle;

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorClock;
import io.github.camelsinch.provisioning.simulator.state.Ids;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.ResourceStore;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves resources through their lifecycles on the simulator clock.
 *
 * <p>Each automatic step takes {@code stepDelay} of simulated time. Nothing here sleeps or owns a thread:
 * {@link #runDue()} applies every step that is due at the clock's "now" and is called by the standalone scheduler
 * on every tick, and by tests right after they advance a manual clock. Steps are applied at their due time, not at
 * the time they are noticed, so advancing the clock by ten steps plays out a whole lifecycle with realistic
 * timestamps and webhook order.
 */
public final class LifecycleEngine {

    private static final int MAX_STEPS_PER_RUN = 100_000;

    private final Map<ResourceKind, Lifecycle> lifecycles = new EnumMap<>(ResourceKind.class);
    private final ResourceStore store;
    private final SimulatorClock clock;
    private final Duration stepDelay;
    private final Outcomes outcomes;
    private final Ids ids;
    private final EventSink events;
    private final Activities activities;

    public LifecycleEngine(ResourceStore store, SimulatorClock clock, Duration stepDelay, Outcomes outcomes, Ids ids,
                           EventSink events, Activities activities, Collection<Lifecycle> lifecycles) {
        this.store = store;
        this.clock = clock;
        this.stepDelay = stepDelay;
        this.outcomes = outcomes;
        this.ids = ids;
        this.events = events;
        this.activities = activities;
        lifecycles.forEach(l -> this.lifecycles.put(l.kind(), l));
    }

    public Optional<Lifecycle> lifecycle(ResourceKind kind) {
        return Optional.ofNullable(lifecycles.get(kind));
    }

    public Collection<Lifecycle> lifecycles() {
        return List.copyOf(lifecycles.values());
    }

    public Activities activities() {
        return activities;
    }

    public EventSink events() {
        return events;
    }

    /** Puts a resource into {@code stage} now and schedules whatever follows automatically. Caller holds the lock. */
    public void enter(ProjectState project, StoredResource resource, String stage) {
        enter(project, resource, stage, clock.now(), events);
    }

    /** Like {@link #enter} but without webhooks: for seeding, which sets a scene rather than changing one. */
    public void enterSilently(ProjectState project, StoredResource resource, String stage) {
        enter(project, resource, stage, clock.now(), event -> {});
    }

    private void enter(ProjectState project, StoredResource resource, String stage, Instant at) {
        enter(project, resource, stage, at, events);
    }

    private void enter(ProjectState project, StoredResource resource, String stage, Instant at, EventSink sink) {
        Lifecycle lifecycle = require(resource.kind());
        if (!lifecycle.hasStage(stage)) {
            throw new IllegalArgumentException("Unknown stage " + stage + " for " + resource.kind().slug()
                    + "; known: " + lifecycle.stages().stream().map(Stage::name).toList());
        }
        lifecycle.enter(stage, new Transition(project, resource, at, ids, sink, activities));
        String next = lifecycle.next(resource, stage, outcomes).orElse(null);
        resource.schedule(stage, next, at.plus(stepDelay));
    }

    /**
     * Schedules {@code next} one step from now while the resource stays in its current stage, unless another step
     * is already scheduled (used when a client call starts background work, such as inviting a test number).
     */
    public void scheduleIfIdle(StoredResource resource, String next) {
        if (resource.nextStage() == null) {
            resource.schedule(resource.stage(), next, clock.now().plus(stepDelay));
        }
    }

    /**
     * Forces a transition now: to {@code target}, or to the scheduled next stage when {@code target} is null.
     * Returns false when no target was given and nothing is scheduled.
     */
    public boolean force(ProjectState project, StoredResource resource, String target) {
        String stage = target != null ? target : resource.nextStage();
        if (stage == null) {
            return false;
        }
        enter(project, resource, stage, clock.now());
        return true;
    }

    /** Applies every step due at the clock's current time, in due order; returns how many steps were applied. */
    public int runDue() {
        Instant now = clock.now();
        int applied = 0;
        for (ProjectState project : store.projects()) {
            synchronized (project) {
                applied += runDue(project, now);
            }
        }
        return applied;
    }

    private int runDue(ProjectState project, Instant now) {
        int applied = 0;
        while (applied < MAX_STEPS_PER_RUN) {
            Optional<StoredResource> due = project.everything().stream()
                    .filter(r -> r.dueAt() != null && !r.held() && !r.dueAt().isAfter(now))
                    .min(Comparator.comparing(StoredResource::dueAt));
            if (due.isEmpty()) {
                return applied;
            }
            StoredResource resource = due.get();
            enter(project, resource, resource.nextStage(), resource.dueAt());
            applied++;
        }
        return applied;
    }

    private Lifecycle require(ResourceKind kind) {
        Lifecycle lifecycle = lifecycles.get(kind);
        if (lifecycle == null) {
            throw new IllegalArgumentException(kind.slug() + " has no lifecycle");
        }
        return lifecycle;
    }
}
