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
package io.github.camelsinch.provisioning.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The error texts the contract documents, by {@code errorCode}: harvested from every error example so that the
 * simulator answers {@code sender_not_found} with the same message and resolution as the real API.
 */
public final class ErrorCatalog {

    /** A documented message and resolution for one error code. */
    public record Entry(String message, String resolution) {
    }

    private final Map<String, Entry> entries;

    private ErrorCatalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static ErrorCatalog scan(Contract contract) {
        Map<String, Entry> found = new HashMap<>();
        for (JsonNode media : contract.allResponseMedia()) {
            if (media == null) {
                continue;
            }
            collect(media.path("example"), found);
            media.path("examples").forEach(e -> collect(contract.resolve(e).path("value"), found));
        }
        contract.componentExamples().forEach(e -> collect(e.path("value"), found));
        return new ErrorCatalog(found);
    }

    private static void collect(JsonNode example, Map<String, Entry> found) {
        if (example.hasNonNull("errorCode") && example.hasNonNull("message")) {
            found.putIfAbsent(example.get("errorCode").asText(),
                    new Entry(example.get("message").asText(), example.path("resolution").asText("")));
        }
    }

    public Optional<Entry> lookup(String errorCode) {
        return Optional.ofNullable(entries.get(errorCode));
    }
}
