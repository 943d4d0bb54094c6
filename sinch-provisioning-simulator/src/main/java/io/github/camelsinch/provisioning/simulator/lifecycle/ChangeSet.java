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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.http.Json;

/**
 * The "changes" pattern of WhatsApp and KakaoTalk resources: the live configuration sits in {@code details} and
 * {@code state}, while an edit under review sits in {@code changes: {status, details}} until it is approved
 * (then it replaces {@code details}) or rejected (then it stays visible with status {@code REJECTED}).
 */
public final class ChangeSet {

    private ChangeSet() {
    }

    /** Marks the pending change with {@code status}, creating an empty change when there is none. */
    public static ObjectNode mark(ObjectNode json, String status) {
        ObjectNode changes = json.has("changes") && json.get("changes").isObject()
                ? (ObjectNode) json.get("changes") : json.putObject("changes");
        changes.put("status", status);
        if (!changes.has("details")) {
            changes.set("details", json.has("details") ? json.get("details").deepCopy() : json.objectNode());
        }
        return changes;
    }

    public static String status(ObjectNode json) {
        return json.path("changes").path("status").asText(null);
    }

    /** Approves the pending change: its details become the live details and the change disappears. */
    public static void apply(ObjectNode json) {
        JsonNode changes = json.remove("changes");
        if (changes != null && changes.path("details").isObject() && changes.get("details").size() > 0) {
            json.set("details", changes.get("details").deepCopy());
        }
    }

    /**
     * Makes seeded {@code details} part of the pending change as well, so that applying the change later (or right
     * away, when the seed starts in a stage that applies changes) keeps them. A seed that gives its own
     * {@code changes.details} is left as it is.
     */
    public static void adoptSeededDetails(ObjectNode json, JsonNode seed) {
        JsonNode seeded = seed.path("details");
        JsonNode pending = json.path("changes").path("details");
        if (seeded.isObject() && pending.isObject() && !seed.path("changes").has("details")) {
            Json.merge((ObjectNode) pending, seeded);
        }
    }

    /** The details a reviewer would look at: the pending ones if any, else the live ones. */
    public static JsonNode currentDetails(ObjectNode json) {
        JsonNode pending = json.path("changes").path("details");
        return pending.isObject() ? pending : json.path("details");
    }
}
