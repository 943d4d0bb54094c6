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

import io.github.camelsinch.provisioning.simulator.ResourceKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the simulator knows about one project id. Each project is independent; any project id is accepted
 * and starts empty (apart from the read-only catalogues the handlers add on first use).
 *
 * <p>The instance is its own lock: API handlers, the lifecycle engine and the control API all hold it while they
 * read or change the project, so a request never sees a half-applied transition.
 */
public final class ProjectState {

    private final String projectId;
    private final Map<ResourceKind, Map<String, StoredResource>> resources = new EnumMap<>(ResourceKind.class);
    private final Set<String> conversationApps = new HashSet<>();
    private final Set<ResourceKind> cataloguesLoaded = EnumSet.noneOf(ResourceKind.class);

    public ProjectState(String projectId) {
        this.projectId = projectId;
    }

    public String projectId() {
        return projectId;
    }

    private Map<String, StoredResource> table(ResourceKind kind) {
        return resources.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    }

    public Optional<StoredResource> find(ResourceKind kind, String key) {
        return Optional.ofNullable(table(kind).get(key));
    }

    public boolean contains(ResourceKind kind, String key) {
        return table(kind).containsKey(key);
    }

    public StoredResource put(StoredResource resource) {
        table(resource.kind()).put(resource.key(), resource);
        return resource;
    }

    public Optional<StoredResource> remove(ResourceKind kind, String key) {
        return Optional.ofNullable(table(kind).remove(key));
    }

    /** Resources of a kind in insertion order (a copy, safe to iterate while changing the project). */
    public List<StoredResource> all(ResourceKind kind) {
        return new ArrayList<>(table(kind).values());
    }

    public int count(ResourceKind kind) {
        return table(kind).size();
    }

    /** Records a Conversation API app (created by a bundle or seeded) so its channels can be looked up. */
    public void addConversationApp(String appId) {
        conversationApps.add(appId);
    }

    public boolean hasConversationApp(String appId) {
        return conversationApps.contains(appId);
    }

    /**
     * Marks the read-only catalogue of a kind (WhatsApp flows) as loaded; returns true only the first time, so the
     * caller fills it exactly once per project.
     */
    public boolean markCatalogueLoaded(ResourceKind kind) {
        return cataloguesLoaded.add(kind);
    }

    /** Every resource of every kind, for the lifecycle engine. */
    public List<StoredResource> everything() {
        List<StoredResource> all = new ArrayList<>();
        for (Map<String, StoredResource> table : resources.values()) {
            all.addAll(table.values());
        }
        return all;
    }
}
