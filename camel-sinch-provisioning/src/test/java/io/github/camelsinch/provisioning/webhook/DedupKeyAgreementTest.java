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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.tracking.ChangeDetector;
import io.github.camelsinch.provisioning.tracking.Fingerprint;
import io.github.camelsinch.provisioning.tracking.ResourceSnapshot;
import io.github.camelsinch.provisioning.tracking.StatusChange;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The property push-with-poll-fallback rests on: a dedup key depends only on what the stored fingerprint holds, so
 * whoever reads the state after a delivery can name that delivery's key, and a transition detected twice from the
 * same state gets one key.
 */
class DedupKeyAgreementTest {

    private static final List<String> FIELDS = List.of("state", "changes.status");

    private static ResourceSnapshot template(String state, String change) {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("state", state);
        statuses.put("changes.status", change);
        return new ResourceSnapshot("promo/EN", statuses, null, Map.of(), null);
    }

    @Test
    void theKeyOfTheLastDeliveryCanBeComputedFromTheStoredFingerprint() {
        StatusChange added = ChangeDetector.detect(null, template(null, "IN_PROGRESS")).orElseThrow();
        assertEquals(Optional.of(added.dedupKey()),
                ChangeDetector.deliveredKey("promo/EN", added.newFingerprint().encode(), FIELDS));

        StatusChange pending = ChangeDetector.detect(added.newFingerprint().encode(), template("PENDING", null))
                .orElseThrow();
        assertEquals(Optional.of(pending.dedupKey()),
                ChangeDetector.deliveredKey("promo/EN", pending.newFingerprint().encode(), FIELDS));
    }

    @Test
    void theSameTransitionFromTheSameStateHasOneKeyWhoeverDetectsIt() {
        String stored = new Fingerprint(true, template("PENDING", null).statuses(), null, Map.of(), 2).encode();
        StatusChange byPoll = ChangeDetector.detect(stored, template("APPROVED", null)).orElseThrow();
        StatusChange byPush = ChangeDetector.detect(stored, template("APPROVED", null)).orElseThrow();
        assertEquals(byPoll.dedupKey(), byPush.dedupKey());
        // A later return to an earlier state (rejected, edited, in review again) is another transition.
        String rejected = ChangeDetector.detect(stored, template("REJECTED", null)).orElseThrow()
                .newFingerprint().encode();
        StatusChange again = ChangeDetector.detect(rejected, template("PENDING", null)).orElseThrow();
        assertNotEquals(ChangeDetector.deliveredKey("promo/EN", stored, FIELDS).orElseThrow(), again.dedupKey());
    }

    @Test
    void nothingWasDeliveredForABaselineOrATombstone() {
        String baseline = new Fingerprint(true, template("APPROVED", null).statuses(), null, Map.of(), 0).encode();
        assertEquals(Optional.empty(), ChangeDetector.deliveredKey("promo/EN", baseline, FIELDS));
        assertEquals(Optional.empty(), ChangeDetector.deliveredKey("promo/EN",
                new Fingerprint(false, Map.of(), null, Map.of(), 3).encode(), FIELDS));
    }
}
