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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.state.Ids;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What a {@link Lifecycle} gets while it applies a stage: the resource, the moment of the step, an id source and
 * ways to record an activity entry and to emit a webhook trigger with the resource's snapshot.
 */
public final class Transition {

    private final ProjectState project;
    private final StoredResource resource;
    private final Instant at;
    private final Ids ids;
    private final EventSink events;
    private final Activities activities;

    Transition(ProjectState project, StoredResource resource, Instant at, Ids ids, EventSink events,
               Activities activities) {
        this.project = project;
        this.resource = resource;
        this.at = at;
        this.ids = ids;
        this.events = events;
        this.activities = activities;
    }

    public ProjectState project() {
        return project;
    }

    public StoredResource resource() {
        return resource;
    }

    public ObjectNode json() {
        return resource.json();
    }

    public Instant at() {
        return at;
    }

    /** The step's moment as the API formats timestamps. */
    public String timestamp() {
        return Timestamps.format(at);
    }

    public Ids ids() {
        return ids;
    }

    /** Stamps {@code modified} (for kinds that have it) with the step's moment. */
    public void touch() {
        if (json().has("modified")) {
            json().put("modified", timestamp());
        }
    }

    public void activity(String type) {
        activities.record(resource, type, null, at);
    }

    /** Emits a trigger with a snapshot of the resource as it is after this stage was applied. */
    public void emit(String trigger) {
        emit(trigger, null);
    }

    public void emit(String trigger, Consumer<Event.DeliveryOutcome> onDelivered) {
        events.publish(new Event(project.projectId(), trigger, resource.kind(), resource.key(),
                resource.json().deepCopy(), null, onDelivered));
    }
}
