package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;

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

    /** The main status (the first status field, e.g. {@code state}) before the change; null for ADDED. */
    public String previousStatus() {
        return first(previousStatuses);
    }

    /** The main status after the change; null for REMOVED. */
    public String newStatus() {
        return first(newStatuses);
    }

    private static String first(Map<String, String> statuses) {
        return statuses.isEmpty() ? null : statuses.values().iterator().next();
    }
}
