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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scripted transitions come out once each, in order, with the right previous and new status and change type. */
class StatusTransitionsTest extends StatusConsumerTestSupport {

    private FakeListing senders;

    @BeforeEach
    void senders() {
        senders = FakeListing.serve(server, SENDERS_PATH, "senders")
                .put("A", sender("A", "PENDING_VERIFICATION", "t1"))
                .put("B", sender("B", "IN_PROGRESS", "t1"));
    }

    @Test
    void firstPollBaselinesSilentlyThenEachTransitionIsEmittedOnceInOrder() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
        assertEquals(0, poll());
        assertTrue(events.all().isEmpty(), "the first poll only records the current state");

        senders.put("A", sender("A", "ACTIVE", "t2"));
        poll();
        List<EventLog.Event> first = events.drain();
        assertEquals(1, first.size(), first::toString);
        EventLog.Event a = first.get(0);
        assertEquals("CHANGED", a.type());
        assertEquals("A", a.resourceId());
        assertEquals("PENDING_VERIFICATION", a.previous());
        assertEquals("ACTIVE", a.next());
        assertEquals(List.of("state"), a.changedFields());
        WhatsappSenderDto body = assertInstanceOf(WhatsappSenderDto.class, a.body());
        assertEquals("A", body.getId());

        poll();
        assertTrue(events.drain().isEmpty(), "a transition already delivered is not delivered again");

        senders.put("B", sender("B", "ACTIVE", "t3")).put("A", sender("A", "SUSPENDED", "t3"));
        poll();
        List<EventLog.Event> second = events.drain();
        assertEquals(List.of("A:ACTIVE->SUSPENDED", "B:IN_PROGRESS->ACTIVE"),
                second.stream().map(e -> e.resourceId() + ":" + e.previous() + "->" + e.next()).toList());
    }

    @Test
    void newResourcesArriveAsAddedAndPendingChangesCount() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
        poll();
        senders.put("C", sender("C", "IN_PROGRESS", "t2"))
                .put("A", sender("A", "PENDING_VERIFICATION", "DRAFT", "GREEN", "t2"));
        poll();
        List<EventLog.Event> changes = events.drain();
        assertEquals(2, changes.size(), changes::toString);
        EventLog.Event pending = changes.get(0);
        assertEquals("A", pending.resourceId());
        assertEquals("CHANGED", pending.type());
        assertEquals(List.of("changes.status"), pending.changedFields(), "state stays, the pending change is new");
        assertEquals("DRAFT", pending.newStatuses().get("changes.status"));
        assertNull(pending.previousStatuses().get("changes.status"));
        EventLog.Event added = changes.get(1);
        assertEquals("ADDED", added.type());
        assertEquals("C", added.resourceId());
        assertNull(added.previous());
        assertEquals("IN_PROGRESS", added.next());
    }

    @Test
    void initialEmitDeliversEverythingAsAddedOnTheFirstPoll() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&initialEmit=true");
        poll();
        assertEquals(List.of("ADDED A", "ADDED B"),
                events.drain().stream().map(e -> e.type() + " " + e.resourceId()).toList());
        poll();
        assertTrue(events.drain().isEmpty());
    }

    @Test
    void everyDocumentedHeaderIsSet() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
        poll();
        senders.put("A", sender("A", "ACTIVE", "t2"));
        long before = System.currentTimeMillis();
        poll();
        var headers = events.drain().get(0).headers();
        assertEquals("whatsapp-senders", headers.get(SinchProvisioningConstants.API));
        assertEquals("whatsapp-senders/list", headers.get(SinchProvisioningConstants.WATCHED_OPERATION));
        assertEquals("A", headers.get(SinchProvisioningConstants.RESOURCE_ID));
        assertEquals("CHANGED", headers.get(SinchProvisioningConstants.CHANGE_TYPE));
        assertTrue(((String) headers.get(SinchProvisioningConstants.DEDUP_KEY)).startsWith("A#1:"));
        long observed = (Long) headers.get(SinchProvisioningConstants.OBSERVED_AT);
        assertTrue(observed >= before - 1000 && observed <= System.currentTimeMillis(), "observed at " + observed);
    }
}
