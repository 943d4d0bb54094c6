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

import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.paging.WalkResult;
import io.github.camelsinch.provisioning.tracking.WatchedResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The reading half of one poll: every target read and compared with its state, the changes collected per scope.
 * Emitting them is the consumer's half.
 *
 * @param scans   one per target, holding its changes
 * @param failure the first API failure (the poll is then partial: no removals for that target), or null
 * @param listing how the listing of a list operation ended; null for a get operation
 */
record PollCycle(List<ScopeScan> scans, ApiCallException failure, WalkResult listing) {

    /**
     * @param keepGoing asked before every page request of a listing: false (the consumer is stopping) cuts the
     *                  listing short, which then declares nothing removed
     */
    static PollCycle run(ResourcePoller poller, List<PollTarget> targets, WatchedResource resource,
                         List<String> watchFields, boolean initialEmit, EmissionBudget budget, StateRepairs repairs,
                         Instant started, BooleanSupplier keepGoing) throws InterruptedException {
        List<ScopeScan> scans = new ArrayList<>();
        if (resource.isList()) {
            PollTarget target = targets.get(0);
            ScopeScan scan = new ScopeScan(target, resource, watchFields, initialEmit, budget, repairs,
                    started);
            scans.add(scan);
            // Only a complete listing may declare removals: one cut short by a cap, a stop or an error has not
            // seen every resource, though the changes of those it read are still worth emitting.
            WalkResult listing = poller.listPages(target, scan::accept, keepGoing);
            scan.finish(listing.complete(), started);
            return new PollCycle(scans, listing.failure(), listing);
        }
        ApiCallException firstFailure = null;
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
        return new PollCycle(scans, firstFailure, null);
    }
}
