package io.github.camelsinch.provisioning.tracking;

import java.util.Map;

/**
 * The main status of a resource: its first status field that has a value, in the order of the resource kind's
 * status fields ({@link WatchedResource#statusFields()}). For senders, templates and the account that is the
 * {@code state}, else the {@code changes.status} of a pending change (a template just submitted has no state yet);
 * for RCS senders and bundles the {@code state}; for Conversation channels the {@code status}. So the main status is
 * present whenever any status field is, and absent only when none is.
 */
final class MainStatus {

    private MainStatus() {
    }

    /**
     * @param statuses status field path to value (null for an absent field), in the kind's order
     * @return the first value that is not null; null when there is none
     */
    public static String of(Map<String, String> statuses) {
        for (String value : statuses.values()) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
