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
import io.github.camelsinch.provisioning.consumer.ChangeType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of one resource, ready to become an exchange.
 *
 * @param previousStatuses the last delivered status values (empty for ADDED)
 * @param newStatuses      the status values now (empty for REMOVED)
 * @param changedFields    the status and watched field paths that differ (for ADDED and REMOVED: those with a value)
 * @param dedupKey         the same for the same transition however often it is delivered, different for any later
 *                         transition of the resource
 * @param newFingerprint   what the state keeps once the exchange succeeded (a tombstone for REMOVED)
 * @param item             the resource's JSON now; null for REMOVED
 */
public record StatusChange(String resourceId, ChangeType type, Map<String, String> previousStatuses,
                           Map<String, String> newStatuses, List<String> changedFields, String dedupKey,
                           Fingerprint newFingerprint, JsonNode item) {

    public StatusChange {
        previousStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(previousStatuses));
        newStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(newStatuses));
        changedFields = List.copyOf(changedFields);
    }

    /** The {@link MainStatus} before the change; null for ADDED, and when no status field had a value. */
    public String previousStatus() {
        return MainStatus.of(previousStatuses);
    }

    /** The {@link MainStatus} after the change; null for REMOVED, and when no status field has a value. */
    public String newStatus() {
        return MainStatus.of(newStatuses);
    }

    /** What changed, in a line a route can log: see {@link StatusSummary}. */
    public String summary() {
        return StatusSummary.of(this);
    }
}
