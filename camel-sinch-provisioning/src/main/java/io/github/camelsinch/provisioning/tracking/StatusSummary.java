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

import io.github.camelsinch.provisioning.client.LogText;
import io.github.camelsinch.provisioning.consumer.ChangeType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One line that says what a transition changed, true for every change type, for a route to log
 * ({@code CamelSinchProvStatusSummary}). The main status alone cannot say it: a template that stays {@code APPROVED}
 * while its pending edit goes {@code DRAFT -> IN_PROGRESS} has the main status {@code APPROVED} before and after.
 * <ul>
 *   <li>each status field whose value differs, in the kind's order: {@code state PENDING -> APPROVED}, with
 *       {@code none} for an absent value (so ADDED reads {@code state none -> PENDING} and REMOVED
 *       {@code state APPROVED -> none});</li>
 *   <li>for CHANGED, each watched field that differs: {@code qualityRating changed} (only its hash is kept);</li>
 *   <li>for CHANGED, the status fields that kept a value, in parentheses: {@code (state APPROVED)};</li>
 *   <li>{@code no status} when there is nothing of the above (an ADDED or REMOVED resource without any status).</li>
 * </ul>
 * Entries are separated by {@code ", "}. Values come from the API, so each is bounded and has control characters
 * escaped ({@link LogText}).
 */
public final class StatusSummary {

    /** How an absent status value is written: lower case, so no API status (all upper case) looks like it. */
    static final String ABSENT = "none";
    private static final int MAX_VALUE_LENGTH = 100;

    private StatusSummary() {
    }

    public static String of(StatusChange change) {
        Map<String, String> before = change.previousStatuses();
        Map<String, String> after = change.newStatuses();
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> entries = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String path : paths) {
            String from = before.get(path);
            String to = after.get(path);
            if (!Objects.equals(from, to)) {
                entries.add(path + " " + value(from) + " -> " + value(to));
            } else if (to != null) {
                kept.add(path + " " + value(to));
            }
        }
        if (change.type() == ChangeType.CHANGED) {
            for (String field : change.changedFields()) {
                if (!paths.contains(field)) {
                    entries.add(field + " changed");
                }
            }
        }
        String line = entries.isEmpty() ? "no status" : String.join(", ", entries);
        return kept.isEmpty() ? line : line + " (" + String.join(", ", kept) + ")";
    }

    /**
     * A resource whose statuses were not changed by a message (a webhook callback reporting a state already
     * delivered, or a comment): {@code no status change (state ACTIVE)}.
     */
    public static String unchanged(Map<String, String> statuses) {
        return withValues("no status change", statuses);
    }

    /**
     * A webhook payload older than the state already delivered (a comment callback retried late), so its statuses
     * are not the current ones: {@code no status change, payload older than the delivered state (state PENDING)}.
     */
    public static String superseded(Map<String, String> statuses) {
        return withValues("no status change, payload older than the delivered state", statuses);
    }

    private static String withValues(String text, Map<String, String> statuses) {
        List<String> values = new ArrayList<>();
        statuses.forEach((path, value) -> {
            if (value != null) {
                values.add(path + " " + value(value));
            }
        });
        return values.isEmpty() ? text : text + " (" + String.join(", ", values) + ")";
    }

    private static String value(String value) {
        return value == null ? ABSENT : LogText.of(value, MAX_VALUE_LENGTH);
    }
}
