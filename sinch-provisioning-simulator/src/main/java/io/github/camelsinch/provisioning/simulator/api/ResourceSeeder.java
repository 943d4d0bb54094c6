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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

/**
 * How the control API creates a resource of one kind directly: a complete default resource (the same one the
 * create operation would build), over which the caller's JSON is merged, and the key it is stored under.
 */
public interface ResourceSeeder {

    ResourceKind kind();

    /** A complete resource with fresh ids and timestamps; {@code options} carries kind-specific seed fields. */
    ObjectNode defaults(ProjectState project, JsonNode options);

    /** The storage key of a seeded resource: its {@code id}, unless the kind is keyed otherwise. */
    default String keyOf(ObjectNode json, JsonNode options) {
        return json.path("id").asText();
    }

    /** The stage a seeded resource starts in when the caller names none; null for kinds without lifecycle. */
    String initialStage();

    /** Hook for kinds that keep data besides the JSON (a webhook's secret, a channel's app registration). */
    default void afterSeed(ProjectState project, StoredResource resource, JsonNode options) {
    }
}
