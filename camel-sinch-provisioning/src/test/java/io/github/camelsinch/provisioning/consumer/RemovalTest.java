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

import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REMOVED only after a complete, successful listing; a failed page leaves every unseen resource alone. */
class RemovalTest extends StatusConsumerTestSupport {

    private FakeListing senders;

    @BeforeEach
    void senders() throws Exception {
        senders = FakeListing.serve(server, SENDERS_PATH, "senders");
        for (int i = 0; i < 5; i++) {
            senders.put("S" + i, sender("S" + i, "ACTIVE", "t1"));
        }
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&pageSize=2");
        poll(); // baseline: 3 pages
    }

    @Test
    void aResourceMissingFromACompleteListingIsRemoved() throws Exception {
        senders.remove("S3");
        poll();
        List<EventLog.Event> removed = events.drain();
        assertEquals(1, removed.size(), removed::toString);
        EventLog.Event e = removed.get(0);
        assertEquals("REMOVED", e.type());
        assertEquals("S3", e.resourceId());
        assertEquals("ACTIVE", e.previous());
        assertNull(e.next());
        assertNull(e.body(), "no state is kept from which to rebuild the removed resource");

        poll();
        assertTrue(events.drain().isEmpty(), "removed once");

        senders.put("S3", sender("S3", "ACTIVE", "t1"));
        poll();
        EventLog.Event back = events.drain().get(0);
        assertEquals("ADDED", back.type());
        assertNotEquals(e.dedupKey(), back.dedupKey());
    }

    @Test
    void noRemovalWhenAPageFailsMidListing() throws Exception {
        senders.remove("S4").remove("S0");
        // As often as the client tries (maxAttempts 3): page 2 fails for this poll.
        senders.failPage(2, 3, StubResponse.papiError(500, "internal", "boom", "retry"));
        int before = apiRequestCount();
        SinchProvisioningException failure = assertThrows(SinchProvisioningException.class, this::poll);
        assertEquals(500, failure.getHttpResponseCode());
        assertTrue(apiRequestCount() - before >= 2, "page 1, then page 2 failed");
        assertTrue(events.drain().isEmpty(), "S0 and S4 may be on the pages not read: nothing is declared removed");

        poll();
        assertEquals(List.of("REMOVED S0", "REMOVED S4"),
                events.drain().stream().map(e -> e.type() + " " + e.resourceId()).sorted().toList());
    }
}
