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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content a template is heading to: its applied {@code details} with its pending {@code changes.details} over
 * them (the API shows a new template's content, or an edit under review, only there). Objects merge field by field,
 * arrays and scalars of the change replace, as a PATCH does.
 */
final class CurrentContent {

    private CurrentContent() {
    }

    static ObjectNode details(ObjectNode remote) {
        ObjectNode merged = remote.path("details").isObject() ? remote.get("details").deepCopy()
                : remote.objectNode();
        JsonNode pending = remote.path("changes").path("details");
        if (pending.isObject()) {
            merge(merged, pending);
        }
        return merged;
    }

    /** {@code changes.status}, or null when the template has no pending change. */
    static String pendingStatus(ObjectNode remote) {
        JsonNode status = remote.path("changes").path("status");
        return status.isTextual() ? status.asText() : null;
    }

    /** {@code state}, or null before the template was ever submitted. */
    static String state(ObjectNode remote) {
        JsonNode state = remote.path("state");
        return state.isTextual() ? state.asText() : null;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }
}
