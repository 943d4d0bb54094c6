package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;

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
 */
final class ScopeScan {

    private final PollTarget target;
    private final WatchedResource resource;
    private final List<String> watchFields;
    private final EmissionBudget budget;
    private final boolean baselining;
    private final Set<String> index;
    private final Set<String> seen = new HashSet<>();
    private final List<StatusChange> changes = new ArrayList<>();
    private boolean indexChanged;

    ScopeScan(PollTarget target, WatchedResource resource, List<String> watchFields, boolean initialEmit,
              EmissionBudget budget, String now) {
        this.target = target;
        this.resource = resource;
        this.watchFields = watchFields;
        this.budget = budget;
        ConsumerState state = target.state();
        boolean hasBaseline = state.hasBaseline();
        if (!hasBaseline && initialEmit) {
            state.markBaseline(now);
            hasBaseline = true;
        }
        this.baselining = !hasBaseline;
        this.index = state.index();
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
            if (Fingerprint.decode(previous, resource.statusFields()).filter(Fingerprint::present).isPresent()
                    && index.add(id)) {
                indexChanged = true; // known but missing from the index (a crash between the two writes)
            }
            var change = ChangeDetector.detect(previous, snapshot);
            if (change.isPresent()) {
                if (budget.take()) {
                    changes.add(change.get());
                }
            } else {
                ChangeDetector.refreshed(previous, snapshot).ifPresent(fp -> state.storeFingerprint(id, fp));
            }
        }
    }

    /**
     * Ends the pass. Only a complete listing may declare removals or finish a baseline: a page that failed leaves
     * resources unseen that may well exist.
     */
    void finish(boolean complete, String now) {
        if (!complete) {
            return;
        }
        ConsumerState state = target.state();
        if (baselining) {
            state.storeIndex(seen);
            state.markBaseline(now);
            return;
        }
        List<String> stale = new ArrayList<>();
        for (String id : index) {
            if (!seen.contains(id)) {
                var removal = ChangeDetector.removed(id, state.fingerprint(id), resource.statusFields());
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

    /** Called once the exchange of a change completed successfully: the cursor of that resource advances. */
    void committed(StatusChange change) {
        target.state().storeFingerprint(change.resourceId(), change.newFingerprint().encode());
        boolean membershipChanged = change.type() == ChangeType.REMOVED
                ? index.remove(change.resourceId()) : index.add(change.resourceId());
        indexChanged |= membershipChanged;
    }

    /** Writes the index when membership changed during this poll. */
    void saveIndex() {
        if (indexChanged && !baselining) {
            target.state().storeIndex(index);
        }
    }
}
