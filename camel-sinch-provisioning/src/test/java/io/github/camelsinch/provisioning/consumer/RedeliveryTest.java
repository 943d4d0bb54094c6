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
import io.github.camelsinch.provisioning.client.Await;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resource's state advances only once its exchange succeeded: failed and deferred changes come again. */
class RedeliveryTest extends StatusConsumerTestSupport {

    private FakeListing senders;

    @BeforeEach
    void senders() {
        senders = FakeListing.serve(server, SENDERS_PATH, "senders")
                .put("A", sender("A", "IN_PROGRESS", "t1"))
                .put("B", sender("B", "IN_PROGRESS", "t1"))
                .put("C", sender("C", "IN_PROGRESS", "t1"));
    }

    @Test
    void aChangeWhoseRouteFailedIsEmittedAgainWithTheSameKeyAndASucceededOneIsNot() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
        poll();
        senders.put("A", sender("A", "ACTIVE", "t2")).put("B", sender("B", "ACTIVE", "t2"));
        events.failOnceFor("A");
        poll();
        List<EventLog.Event> first = events.drain();
        assertEquals(List.of("A", "B"), first.stream().map(EventLog.Event::resourceId).toList());

        poll();
        List<EventLog.Event> second = events.drain();
        assertEquals(1, second.size(), "only the failed change comes again: " + second);
        assertEquals("A", second.get(0).resourceId());
        assertEquals("IN_PROGRESS", second.get(0).previous());
        assertEquals(first.get(0).dedupKey(), second.get(0).dedupKey());

        poll();
        assertTrue(events.drain().isEmpty(), "delivered successfully, so not again");
    }

    @Test
    void maxMessagesPerPollLeavesTheRestForTheNextPolls() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&maxMessagesPerPoll=2");
        poll();
        senders.put("A", sender("A", "ACTIVE", "t2")).put("B", sender("B", "ACTIVE", "t2"))
                .put("C", sender("C", "ACTIVE", "t2"));
        assertEquals(2, poll());
        assertEquals(1, poll());
        assertEquals(0, poll());
        assertEquals(List.of("A", "B", "C"), events.all().stream().map(EventLog.Event::resourceId).toList());
    }

    @Test
    void theSchedulerDeliversAndKeepsPolling() throws Exception {
        watch("sinch-prov:whatsapp-senders/list?initialDelay=0&delay=10");
        int requests = apiRequestCount();
        Await.until("a few scheduled polls",
                () -> apiRequestCount() >= requests + 3, Duration.ofSeconds(10));
        MockEndpoint watched = getMockEndpoint(WATCHED);
        watched.expectedMessageCount(1);
        watched.expectedHeaderReceived(SinchProvisioningConstants.RESOURCE_ID, "C");
        senders.put("C", sender("C", "ACTIVE", "t2"));
        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, watched);
    }
}
