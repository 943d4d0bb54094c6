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
package io.github.camelsinch.provisioning.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One resource of a project: its public JSON (exactly what GET returns), data the API never shows (a webhook's
 * secret, a pending verification code), its activity log and its place in the lifecycle.
 *
 * <p>Not thread-safe: always used under the lock of its {@link ProjectState}.
 */
public final class StoredResource {

    private final ResourceKind kind;
    private final String key;
    private ObjectNode json;
    private final ObjectNode internal = Json.object();
    private final Deque<ObjectNode> activities = new ArrayDeque<>();
    private String stage;
    private String nextStage;
    private Instant dueAt;
    private boolean held;

    public StoredResource(ResourceKind kind, String key, ObjectNode json) {
        this.kind = kind;
        this.key = key;
        this.json = json;
    }

    public ResourceKind kind() {
        return kind;
    }

    /** The key the resource is stored and looked up under (id, plusFriendId, "name/LANGUAGE", ...). */
    public String key() {
        return key;
    }

    public ObjectNode json() {
        return json;
    }

    /** Data kept next to the resource but never rendered, e.g. {@code secret} of a webhook. */
    public ObjectNode internal() {
        return internal;
    }

    /** Activity entries, newest first, as the activities operations list them. */
    public List<ObjectNode> activities() {
        return List.copyOf(activities);
    }

    public void addActivity(ObjectNode entry) {
        activities.addFirst(entry);
    }

    /** The lifecycle stage, e.g. {@code IN_PROGRESS}; null for kinds without a lifecycle. */
    public String stage() {
        return stage;
    }

    /** The stage the next automatic step leads to, or null. */
    public String nextStage() {
        return nextStage;
    }

    /** When the next automatic step is due, or null when the resource waits for a client call or is final. */
    public Instant dueAt() {
        return dueAt;
    }

    /** Records the current stage and the automatic step that follows it (both null-able). */
    public void schedule(String stage, String nextStage, Instant dueAt) {
        this.stage = stage;
        this.nextStage = nextStage;
        this.dueAt = nextStage == null ? null : dueAt;
    }

    /** Whether automatic steps are suspended (seeded with {@code hold}); forced transitions still apply. */
    public boolean held() {
        return held;
    }

    public void hold(boolean held) {
        this.held = held;
    }
}
