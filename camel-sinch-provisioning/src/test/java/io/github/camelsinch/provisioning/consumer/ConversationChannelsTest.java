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
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.ConversationInstagramInfoDto;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelsinch.provisioning.consumer.Resources.channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One channel per Conversation app, fetched in parallel; the app id is the resource id. */
class ConversationChannelsTest extends StatusConsumerTestSupport {

    private static final String APPS = "/v1/projects/proj-123/conversation/apps/";

    /** The status of each app's Instagram channel; absent: the app has none (404). */
    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile CountDownLatch allArrived = new CountDownLatch(0);

    @BeforeEach
    void channels() {
        statuses.putAll(Map.of("APP1", "ACTIVE", "APP2", "ACTIVE", "APP3", "PENDING"));
        server.always("GET", APPS, this::respond);
    }

    private StubResponse respond(StubRequest request) throws InterruptedException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            allArrived.countDown();
            allArrived.await(5, TimeUnit.SECONDS); // parallel fetches all get here before any answers
            String app = request.path().substring(APPS.length()).replace("/instagram", "");
            String status = statuses.get(app);
            return status == null ? StubResponse.papiError(404, "not_found", "no channel", "create one")
                    : StubResponse.json(200, channel(status));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Test
    void aStatusChangeOfOneAppIsEmittedWithThatAppAsResourceId() throws Exception {
        watch("sinch-prov:conversation/getInstagram?startScheduler=false&conversationAppId=APP1,APP2,APP3");
        int before = apiRequestCount();
        poll();
        assertEquals(3, apiRequestCount() - before, "one request per app");
        assertTrue(events.drain().isEmpty());

        statuses.put("APP2", "ERROR");
        poll();
        List<EventLog.Event> changes = events.drain();
        assertEquals(1, changes.size(), changes::toString);
        EventLog.Event e = changes.get(0);
        assertEquals("APP2", e.resourceId());
        assertEquals("CHANGED", e.type());
        assertEquals("ACTIVE", e.previous());
        assertEquals("ERROR", e.next());
        assertEquals("ERROR", assertInstanceOf(ConversationInstagramInfoDto.class, e.body()).getStatus().value());
    }

    /** The alert route of docs/consumer.md. */
    @Test
    void theDocumentedAlertRouteFiresWhenAChannelGoesToError() throws Exception {
        List<String> alerts = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:conversation/getInstagram?conversationAppId=APP1,APP2,APP3&startScheduler=false")
                        .routeId("alerts")
                        .filter(header(SinchProvisioningConstants.NEW_STATUS).isEqualTo("ERROR"))
                        .log(LoggingLevel.ERROR, "Instagram channel of app ${header.CamelSinchProvResourceId} is in"
                                + " ERROR (was ${header.CamelSinchProvPreviousStatus}):"
                                + " ${body.statusDescription}")
                        .process(e -> alerts.add(e.getMessage().getHeader(SinchProvisioningConstants.RESOURCE_ID,
                                String.class)));
            }
        });
        var alerting = (SinchProvisioningStatusConsumer) context.getRoute("alerts").getConsumer();
        alerting.poll();
        statuses.put("APP1", "FAILING");
        statuses.put("APP3", "ERROR");
        alerting.poll();
        assertEquals(List.of("APP3"), alerts);
    }

    @Test
    void appsAreFetchedInParallelUpToTheLimit() throws Exception {
        allArrived = new CountDownLatch(3);
        watch("sinch-prov:conversation/getInstagram?startScheduler=false&conversationAppId=APP1,APP2,APP3");
        poll();
        assertEquals(3, mostInFlight.get(), "three apps, parallelism 4: all at once");
    }

    @Test
    void parallelismOneFetchesOneAppAtATime() throws Exception {
        watch("sinch-prov:conversation/getInstagram?startScheduler=false&conversationAppId=APP1,APP2,APP3"
                + "&conversationParallelism=1");
        poll();
        assertEquals(1, mostInFlight.get());
    }

    @Test
    void aChannelThatAnswers404IsRemovedAndOneThatAppearsIsAdded() throws Exception {
        statuses.remove("APP3");
        watch("sinch-prov:conversation/getInstagram?startScheduler=false&conversationAppId=APP1,APP2,APP3");
        poll();
        statuses.remove("APP1");
        statuses.put("APP3", "PENDING");
        poll();
        List<EventLog.Event> changes = events.drain();
        assertEquals(List.of("REMOVED APP1", "ADDED APP3"),
                changes.stream().map(c -> c.type() + " " + c.resourceId()).toList());
        assertNull(changes.get(0).body());
    }
}
