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

import io.github.camelsinch.provisioning.consumer.ChangeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from the stored fingerprint and what a poll saw, whether a resource changed. Pure: no I/O, no clock, so
 * every rule is a unit test. Only status fields and watched fields count; a new {@code modified} time alone (an edit
 * of something not watched) is no change.
 */
public final class ChangeDetector {

    private ChangeDetector() {
    }

    /**
     * The change of a resource that is in the listing.
     *
     * @param previousFingerprint the stored fingerprint; null (or a tombstone) when the resource is not known
     * @return ADDED for an unknown resource, CHANGED when a status or watched field differs, else empty
     */
    public static Optional<StatusChange> detect(String previousFingerprint, ResourceSnapshot current) {
        Optional<Fingerprint> stored = Fingerprint.decode(previousFingerprint, statusFieldsOf(current));
        if (stored.isEmpty() || !stored.get().present()) {
            long n = stored.map(Fingerprint::transitions).orElse(0L) + 1;
            return Optional.of(change(current.id(), ChangeType.ADDED, Map.of(), current.statuses(),
                    fieldsWithValues(current), current.modified(), n, Fingerprint.of(current, n), current));
        }
        Fingerprint previous = stored.get();
        List<String> changed = new ArrayList<>();
        // Compare the fields both sides know: a field newly added to watchFields is adopted (see refreshed), not
        // reported as a change of every resource.
        current.statuses().forEach((path, value) -> {
            if (previous.statuses().containsKey(path) && !Objects.equals(previous.statuses().get(path), value)) {
                changed.add(path);
            }
        });
        current.watched().forEach((path, hash) -> {
            if (previous.watched().containsKey(path) && !Objects.equals(previous.watched().get(path), hash)) {
                changed.add(path);
            }
        });
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        long n = previous.transitions() + 1;
        return Optional.of(change(current.id(), ChangeType.CHANGED, previous.statuses(), current.statuses(), changed,
                current.modified(), n, Fingerprint.of(current, n), current));
    }

    /**
     * The removal of a known resource missing from a complete listing; empty when it was not known.
     *
     * @param statusFields the status field paths of the resource kind ({@link WatchedResource#statusFields()})
     */
    public static Optional<StatusChange> removed(String resourceId, String previousFingerprint,
                                                 List<String> statusFields) {
        Optional<Fingerprint> stored = Fingerprint.decode(previousFingerprint, statusFields);
        if (stored.isEmpty() || !stored.get().present()) {
            return Optional.empty();
        }
        Fingerprint previous = stored.get();
        long n = previous.transitions() + 1;
        List<String> fields = previous.statuses().entrySet().stream()
                .filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
        return Optional.of(change(resourceId, ChangeType.REMOVED, previous.statuses(), Map.of(), fields,
                previous.modified(), n, Fingerprint.tombstone(n), null));
    }

    /**
     * True when the stored fingerprint is exactly the current state (at whatever transition count): nothing to
     * report and nothing to store. The common case of every poll, decided on the text without decoding it.
     */
    public static boolean unchanged(String previousFingerprint, ResourceSnapshot current) {
        if (previousFingerprint == null) {
            return false;
        }
        String state = Fingerprint.encodeState(current);
        int length = previousFingerprint.length();
        // The count must be one StoredFingerprint accepts: damage hidden behind this shortcut would surface only
        // when the resource changes, and that change would then be taken for damage.
        if (length == state.length() || length - state.length() > StoredFingerprint.MAX_COUNT_DIGITS
                || !previousFingerprint.startsWith(state)) {
            return false;
        }
        for (int i = state.length(); i < length; i++) {
            char c = previousFingerprint.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The fingerprint to store without an event when {@link #detect} found no change but the stored fingerprint
     * covers other fields (watchFields was edited: from now on the new fields are compared too).
     */
    public static Optional<String> refreshed(String previousFingerprint, ResourceSnapshot current) {
        return Fingerprint.decode(previousFingerprint, statusFieldsOf(current))
                .filter(Fingerprint::present)
                .filter(p -> !p.statuses().keySet().equals(current.statuses().keySet())
                        || !p.watched().keySet().equals(current.watched().keySet()))
                .map(p -> Fingerprint.of(current, p.transitions()).encode());
    }

    /**
     * The dedup key of the transition that left this stored fingerprint, computed again from the fingerprint alone;
     * empty for a baseline (nothing delivered yet), a tombstone or unreadable text. A webhook callback that reports
     * a state the poll already delivered carries this key, so an idempotent consumer sees the duplicate.
     */
    public static Optional<String> deliveredKey(String resourceId, String storedFingerprint,
                                                List<String> statusFields) {
        return Fingerprint.decode(storedFingerprint, statusFields)
                .filter(Fingerprint::present)
                .filter(f -> f.transitions() > 0)
                .map(f -> dedupKey(resourceId, false, f.statuses(), f.modified(), f.transitions()));
    }

    /**
     * {@code <resourceId>#<transition number>:<hash of the statuses and modified time the transition led to>} (for
     * REMOVED: of the last ones, marked as removed). The transition number makes a repeated A->B->A->B yield
     * distinct keys even for resources without a modified time; the hash makes a key differ when the state was lost
     * and numbering restarted. Only what a stored fingerprint holds goes in (not the previous statuses or the change
     * type), so a poll and a webhook receiver that share the state compute the same key for the same transition.
     */
    static String dedupKey(String resourceId, boolean removed, Map<String, String> statuses, String modified,
                           long transition) {
        return resourceId + "#" + transition + ":"
                + FieldHash.ofText((removed ? "REMOVED|" : "") + statuses + "@" + (modified == null ? "" : modified),
                        4);
    }

    private static StatusChange change(String id, ChangeType type, Map<String, String> previous,
                                       Map<String, String> next, List<String> fields, String modified, long n,
                                       Fingerprint fingerprint, ResourceSnapshot current) {
        boolean removed = type == ChangeType.REMOVED;
        String key = dedupKey(id, removed, removed ? previous : next, modified, n);
        return new StatusChange(id, type, previous, next, fields, key, fingerprint,
                current == null ? null : current.item());
    }

    private static List<String> statusFieldsOf(ResourceSnapshot current) {
        return List.copyOf(current.statuses().keySet());
    }

    private static List<String> fieldsWithValues(ResourceSnapshot s) {
        List<String> fields = new ArrayList<>();
        s.statuses().forEach((path, value) -> {
            if (value != null) {
                fields.add(path);
            }
        });
        s.watched().forEach((path, hash) -> {
            if (!FieldHash.ABSENT.equals(hash)) {
                fields.add(path);
            }
        });
        return fields;
    }
}
