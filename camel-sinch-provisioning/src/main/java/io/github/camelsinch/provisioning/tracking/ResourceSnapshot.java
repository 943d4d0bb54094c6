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
package io.github.camelsinch.provisioning.tracking;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one poll saw of one resource: the values change detection compares, and the JSON item itself so the
 * exchange body can be built later (only for resources that did change).
 *
 * @param statuses status field path to its value (null when the field is absent), in the order of the resource
 *                 kind's status fields; the first one is the resource's main status
 * @param modified the resource's last-modified time as the API sends it, or null when the kind has none
 * @param watched  watched field path to a short hash of its JSON value ({@link FieldHash})
 * @param item     the JSON of the resource; may be null in unit tests
 */
public record ResourceSnapshot(String id, Map<String, String> statuses, String modified, Map<String, String> watched,
                               JsonNode item) {

    public ResourceSnapshot {
        Objects.requireNonNull(id, "id");
        // LinkedHashMap copies keep the order and allow null values (an absent status is information).
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        watched = Collections.unmodifiableMap(new LinkedHashMap<>(watched));
    }
}
