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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.tracking.ChangeDetector;
import io.github.camelsinch.provisioning.tracking.ConsumerState;
import io.github.camelsinch.provisioning.tracking.Fingerprint;
import io.github.camelsinch.provisioning.tracking.ResourceSnapshot;
import io.github.camelsinch.provisioning.tracking.StatusChange;
import io.github.camelsinch.provisioning.tracking.StoredFingerprint;
import io.github.camelsinch.provisioning.tracking.StoredIndex;
import io.github.camelsinch.provisioning.tracking.WatchedResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One poll's pass over one scope: it compares what the API returned with the stored fingerprints and collects the
 * changes to emit. Nothing is stored for a change until its exchange succeeded ({@link #committed}), so a failed
 * or deferred change is detected again by the next poll.
 * <p>
 * A scope without a baseline is a first start: by default its fingerprints are stored silently and the baseline
 * marker is written after a complete listing; with {@code initialEmit} the marker is written at once and every
 * resource is emitted as ADDED.
 * <p>
 * Stored entries that cannot be used (an unreadable fingerprint, a fingerprint missing although the index lists the
 * resource, an unreadable index entry) are replaced at once and reported to {@link StateRepairs}: a listed
 * resource gets its current state as a new baseline, without an event (its previous state is unknown, so any
 * ADDED or CHANGED would be a guess); a resource that is gone is still reported REMOVED, without a previous status.
 */
final class ScopeScan {

    private static final String REBASELINED = "rebaselined to the resource's current state, no event";

    private final PollTarget target;
    private final WatchedResource resource;
    private final List<String> watchFields;
    private final EmissionBudget budget;
    private final StateRepairs repairs;
    private final boolean baselining;
    private final Set<String> index;
    /**
     * The transition count given to a repaired entry: the poll time in seconds, far above any count reached by
     * delivering changes. Starting again from 0 could repeat a dedup key delivered before the damage (for a
     * resource without a modified time going back to a state it had) and make an idempotent consumer drop a real
     * change.
     */
    private final long repairedCount;
    private final Set<String> seen = new HashSet<>();
    private final List<StatusChange> changes = new ArrayList<>();
    private boolean indexChanged;

    ScopeScan(PollTarget target, WatchedResource resource, List<String> watchFields, boolean initialEmit,
              EmissionBudget budget, StateRepairs repairs, Instant started) {
        this.target = target;
        this.resource = resource;
        this.watchFields = watchFields;
        this.budget = budget;
        this.repairs = repairs;
        this.repairedCount = started.getEpochSecond();
        ConsumerState state = target.state();
        state.beginPoll(); // ended by the consumer once the poll's changes are delivered and the index saved
        boolean hasBaseline = state.hasBaseline();
        if (!hasBaseline && initialEmit) {
            state.markBaseline(started.toString());
            hasBaseline = true;
        }
        this.baselining = !hasBaseline;
        this.index = baselining ? new HashSet<>() : readIndex(state);
    }

    /** The readable entries; damaged ones are reported, and dropped by rewriting the index after this poll. */
    private Set<String> readIndex(ConsumerState state) {
        StoredIndex stored = state.index();
        if (stored.unreadable() > 0) {
            repairs.add(state.indexKey(), stored.unreadable(), "holds " + stored.unreadable()
                    + " unreadable entr" + (stored.unreadable() == 1 ? "y" : "ies") + ", the first " + stored.problem(),
                    null, "dropped; the index is rebuilt from the listing and rewritten (a resource removed while"
                            + " its entry was unreadable cannot be reported)");
            indexChanged = true;
        }
        return new HashSet<>(stored.ids());
    }

    /** One page of items (or the one resource of a get operation). */
    void accept(Iterable<JsonNode> items) {
        ConsumerState state = target.state();
        for (JsonNode item : items) {
            String id = target.fixedId() != null ? target.fixedId() : resource.idOf(item);
            // An item without its id cannot be tracked; one listed twice (pages shifting while read) counts once.
            if (id == null || !seen.add(id)) {
                continue;
            }
            ResourceSnapshot snapshot = resource.snapshot(id, item, watchFields);
            String previous = state.fingerprint(id);
            if (baselining) {
                state.storeFingerprint(id, Fingerprint.of(snapshot, 0).encode());
                continue;
            }
            if (ChangeDetector.unchanged(previous, snapshot)) {
                // The usual case, decided without decoding; a live fingerprint belongs in the index (it may be
                // missing after a crash between the two writes).
                indexChanged |= index.add(id);
                continue;
            }
            StoredFingerprint stored = StoredFingerprint.read(previous, resource.statusFields());
            if (stored.isUnreadable() || (stored.kind() == StoredFingerprint.Kind.MISSING && index.contains(id))) {
                rebaseline(state, id, snapshot, stored, previous);
                continue;
            }
            if (stored.readable().filter(Fingerprint::present).isPresent() && index.add(id)) {
                indexChanged = true; // known but missing from the index (a crash between the two writes)
            }
            var change = ChangeDetector.detect(previous, snapshot);
            if (change.isPresent()) {
                if (budget.take()) {
                    changes.add(change.get());
                }
            } else {
                // Rewritten only when the text really differs: an unchanged resource costs no write.
                ChangeDetector.refreshed(previous, snapshot).filter(fp -> !fp.equals(previous))
                        .ifPresent(fp -> state.storeFingerprint(id, fp));
            }
        }
    }

    private void rebaseline(ConsumerState state, String id, ResourceSnapshot snapshot, StoredFingerprint stored,
                            String previous) {
        state.storeFingerprint(id, Fingerprint.of(snapshot, repairedCount).encode());
        indexChanged |= index.add(id);
        repairs.add(state.fingerprintKey(id), 1, stored.isUnreadable() ? "is unreadable: it " + stored.problem()
                : "is missing although the index lists the resource", previous, REBASELINED);
    }

    /**
     * Ends the pass. Only a complete listing may declare removals or finish a baseline: a page that failed leaves
     * resources unseen that may well exist.
     */
    void finish(boolean complete, Instant started) {
        if (!complete) {
            return;
        }
        ConsumerState state = target.state();
        if (baselining) {
            state.storeIndex(seen);
            state.markBaseline(started.toString());
            return;
        }
        List<String> stale = new ArrayList<>();
        for (String id : index) {
            if (!seen.contains(id)) {
                String previous = state.fingerprint(id);
                StoredFingerprint stored = StoredFingerprint.read(previous, resource.statusFields());
                if (stored.isUnreadable()) {
                    // Known to have existed (the index says so) and gone from a complete listing: its removal is a
                    // fact, only its last state is lost. Stored first, so a failed exchange repeats the same REMOVED.
                    repairs.add(state.fingerprintKey(id), 1, "is unreadable: it " + stored.problem(), previous,
                            "the resource is gone: REMOVED is emitted without a previous status");
                    previous = Fingerprint.unknownState(resource.statusFields(), repairedCount).encode();
                    state.storeFingerprint(id, previous);
                } else if (stored.kind() == StoredFingerprint.Kind.MISSING) {
                    repairs.add(state.fingerprintKey(id), 1, "is missing although the index lists the resource",
                            null, "the resource is gone; dropped from the index without REMOVED (whether its"
                                    + " removal was already delivered is not known)");
                }
                var removal = ChangeDetector.removed(id, previous, resource.statusFields());
                if (removal.isEmpty()) {
                    stale.add(id); // listed in the index without a live fingerprint: nothing to report
                } else if (budget.take()) {
                    changes.add(removal.get());
                }
            }
        }
        indexChanged |= index.removeAll(stale);
    }

    List<StatusChange> changes() {
        return changes;
    }

    /** Distinct resources this scan read, for the consumer's resources gauge. */
    int seenCount() {
        return seen.size();
    }

    /** Called once the exchange of a change completed successfully: the cursor of that resource advances. */
    void committed(StatusChange change) {
        target.state().storeFingerprint(change.resourceId(), change.newFingerprint().encode());
        boolean membershipChanged = change.type() == ChangeType.REMOVED
                ? index.remove(change.resourceId()) : index.add(change.resourceId());
        indexChanged |= membershipChanged;
    }

    /** Writes the index when membership changed during this poll, or when it held unreadable entries. */
    void saveIndex() {
        if (indexChanged && !baselining) {
            target.state().storeIndex(index);
        }
    }
}
