package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.client.SinchApiException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading half of one poll: every target read and compared with its state, the changes collected per scope.
 * Emitting them is the consumer's half.
 *
 * @param scans   one per target, holding its changes
 * @param failure the first API failure (the poll is then partial: no removals for that target), or null
 */
record PollCycle(List<ScopeScan> scans, SinchApiException failure) {

    static PollCycle run(ResourcePoller poller, List<PollTarget> targets, WatchedResource resource,
                         List<String> watchFields, boolean initialEmit, EmissionBudget budget, StateRepairs repairs,
                         Instant started) throws InterruptedException {
        List<ScopeScan> scans = new ArrayList<>();
        if (resource.isList()) {
            PollTarget target = targets.get(0);
            ScopeScan scan = new ScopeScan(target, resource, watchFields, initialEmit, budget, repairs,
                    started);
            scans.add(scan);
            ResourcePoller.ListingResult listing = poller.listPages(target, scan::accept);
            scan.finish(listing.complete(), started);
            return new PollCycle(scans, listing.failure());
        }
        SinchApiException firstFailure = null;
        for (ResourcePoller.SingleResult result : poller.fetchEach(targets)) {
            ScopeScan scan = new ScopeScan(result.target(), resource, watchFields, initialEmit, budget, repairs,
                    started);
            scans.add(scan);
            if (result.failure() != null) {
                firstFailure = firstFailure == null ? result.failure() : firstFailure;
                continue;
            }
            scan.accept(result.item() == null ? List.of() : List.of(result.item()));
            scan.finish(true, started);
        }
        return new PollCycle(scans, firstFailure);
    }
}
