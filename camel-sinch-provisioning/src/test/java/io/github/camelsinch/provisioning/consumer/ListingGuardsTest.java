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
import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.ScriptedPages;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.camelsinch.provisioning.client.ScriptedPages.body;
import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A listing the consumer cannot trust (endless, looping, malformed, over a cap, or cut short by a stop) never
 * declares a known resource REMOVED, costs a bounded number of requests, and does not hold up a stop.
 */
class ListingGuardsTest extends StatusConsumerTestSupport {

    /** Senders S0, S1 and S2 are known after {@link #baseline}. */
    private static final List<String> KNOWN = List.of(sender("S0", "ACTIVE", "t1"), sender("S1", "ACTIVE", "t1"),
            sender("S2", "ACTIVE", "t1"));

    private final ScriptedPages pages = new ScriptedPages();

    private void baseline(String options) throws Exception {
        server.always("GET", SENDERS_PATH, pages);
        pages.page("", body("senders", null, 3, KNOWN.toArray(String[]::new)));
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false" + options);
        poll();
        assertEquals(List.of(), events.drain(), "the first poll records silently");
        pages.clear();
    }

    private static String newSender(int n) {
        return sender("N" + n, "ACTIVE", "t1");
    }

    private List<String> typesAndIds() {
        return events.drain().stream().map(e -> e.type() + " " + e.resourceId()).toList();
    }

    private static List<String> warnings(LogCapture log) {
        return log.lines().stream().filter(l -> l.startsWith("WARN")).toList();
    }

    @Test
    void endlessNewTokensStopAtThePageCapWithoutRemovals() throws Exception {
        baseline("&maxPagesPerPoll=50");
        pages.endless("senders", ListingGuardsTest::newSender);

        try (LogCapture log = LogCapture.capture(SinchProvisioningStatusConsumer.class.getName(), Level.WARN)) {
            int before = apiRequestCount();
            poll();
            assertEquals(50, apiRequestCount() - before, "exactly maxPagesPerPoll requests");
            List<String> seen = typesAndIds();
            assertEquals(50, seen.size(), seen::toString);
            assertTrue(seen.stream().allMatch(s -> s.startsWith("ADDED N")), seen::toString);

            before = apiRequestCount();
            poll();
            assertEquals(50, apiRequestCount() - before);
            assertEquals(List.of(), typesAndIds(), "S0..S2 are not on the pages read: none is REMOVED");

            List<String> warnings = warnings(log);
            assertEquals(2, warnings.size(), "one WARN per poll: " + warnings);
            assertTrue(warnings.get(0).contains("whatsapp-senders/list") && warnings.get(0).contains(
                    "maxPagesPerPoll=50"), warnings.get(0));
        }

        // A guard against a stop that waits out Camel's 45 s shutdown timeout, not a timing claim.
        long started = System.nanoTime();
        context.stop();
        long stopMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("Endless listing, maxPagesPerPoll=50: 50 requests per poll; context.stop() %d ms%n",
                stopMillis);
        assertTrue(stopMillis < 5000, "context.stop() took " + stopMillis + " ms");
    }

    @Test
    void contextStopIsPromptWhileAnEndlessWalkIsInProgress() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        pages.endless("senders", ListingGuardsTest::newSender);
        server.always("GET", SENDERS_PATH, request -> {
            if (pages.tokensSent().size() >= 20) {
                // Page 21 is answered only once the stop has begun, so the walk is surely in progress then.
                blocked.countDown();
                // (Camel's graceful shutdown suspends a polling consumer first, then stops it.)
                SinchProvisioningStatusConsumer polling = consumerOf(context);
                Await.until("the consumer to stop", () -> polling.isSuspendingOrSuspended()
                        || polling.isStoppingOrStopped(), Duration.ofSeconds(30));
            }
            return pages.respond(request);
        });
        watch("sinch-prov:whatsapp-senders/list?initialDelay=0"); // the scheduler polls, default caps
        assertTrue(blocked.await(30, TimeUnit.SECONDS), "the walk reached page 21");

        long started = System.nanoTime();
        context.stop();
        long stopMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        System.out.printf("Endless listing stopped mid-walk: %d requests; context.stop() %d ms%n",
                pages.tokensSent().size(), stopMillis);
        // A guard against a stop that waits for the walk to finish (or Camel's 45 s timeout), not a timing claim.
        assertTrue(stopMillis < 5000, "context.stop() took " + stopMillis + " ms");
        assertEquals(21, pages.tokensSent().size(), "no page is requested once the stop has begun");
    }

    @Test
    void aRepeatedTokenOnTheSecondPageFailsThePollWithoutRemovals() throws Exception {
        baseline("&pageSize=1");
        pages.page("", body("senders", "t1", 3, KNOWN.get(0)))
                .page("t1", body("senders", "t1", 3, KNOWN.get(1))); // the same token again

        int before = apiRequestCount();
        SinchProvisioningException e = assertThrows(SinchProvisioningException.class, this::poll);

        assertEquals(2, apiRequestCount() - before, "no third request");
        assertLoopError(e, "pageSize=1&pageToken=t1");
        assertEquals(List.of(), typesAndIds(), "S2 is not on the pages read: not REMOVED");
    }

    @Test
    void aRepeatedTokenOnALaterPageFailsThePollWithoutRemovals() throws Exception {
        baseline("&pageSize=1");
        pages.page("", body("senders", "t1", 4, KNOWN.get(0)))
                .page("t1", body("senders", "t2", 4, KNOWN.get(1)))
                .page("t2", body("senders", "t3", 4, newSender(1)))
                .page("t3", body("senders", "t1", 4, newSender(2))); // back to t1: t1 -> t2 -> t3 -> t1 ...

        int before = apiRequestCount();
        SinchProvisioningException e = assertThrows(SinchProvisioningException.class, this::poll);

        assertEquals(4, apiRequestCount() - before);
        assertEquals(List.of("", "", "t1", "t2", "t3"), pages.tokensSent(), "the baseline, then this poll");
        assertLoopError(e, "pageSize=1&pageToken=t3");
        assertEquals(List.of("ADDED N1"), typesAndIds(), "the change read before the bad page is emitted;"
                + " S2 is not REMOVED");
    }

    private void assertLoopError(SinchProvisioningException e, String query) {
        assertEquals(ErrorKind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("whatsapp-senders/list")
                && e.getMessage().contains("page token of an earlier page"), e.getMessage());
        assertEquals("GET " + server.baseUrl() + SENDERS_PATH + "?" + query, e.sanitizedUri(),
                "the real URL of the call, not the path template");
        assertTrue(e.getMessage().contains(server.baseUrl() + SENDERS_PATH + "?" + query), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"totalSize\":3,\"senders\":{\"id\":\"S2\"}}|senders field is not an array (it is object)",
        "{\"totalSize\":3,\"senders\":\"S2\"}|senders field is not an array (it is string)",
        "{\"totalSize\":3,\"nextPageToken\":\"t2\"}|senders field is missing, and the page has a nextPageToken",
        "{\"totalSize\":3}|senders field is missing, and the page does not say the list is empty",
        "{}|senders field is missing, and the page does not say the list is empty",
        "{\"totalSize\":3,\"senders\":[],\"nextPageToken\":{\"t\":2}}|nextPageToken field is not a string",
        "[]|the body is not a JSON object",
        "{\"senders\":[|the body is not JSON"})
    void aMalformedPageFailsThePollWithoutRemovals(String pageAndReason) throws Exception {
        String[] parts = pageAndReason.split("\\|");
        baseline("&pageSize=2");
        pages.page("", body("senders", "t1", 3, KNOWN.get(0), KNOWN.get(1))).page("t1", parts[0]);

        SinchProvisioningException e = assertThrows(SinchProvisioningException.class, this::poll);

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(200, e.getHttpResponseCode());
        assertTrue(e.getMessage().contains("whatsapp-senders/list") && e.getMessage().contains(parts[1]),
                e.getMessage());
        assertEquals(List.of(), typesAndIds(), "S2 was on the malformed page: it is not REMOVED");

        // The next good listing is read normally: the removal of S2 is then real.
        pages.page("t1", body("senders", null, 2));
        poll();
        assertEquals(List.of("REMOVED S2"), typesAndIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"totalSize\":0,\"pageSize\":100,\"senders\":[]}", // what the simulator (and the contract) answer
        "{\"totalSize\":0,\"pageSize\":100}"}) // proto3-style JSON leaves the empty array out
    void aListingThatIsReallyEmptyRemovesEveryKnownResource(String emptyPage) throws Exception {
        baseline("");
        pages.page("", emptyPage);

        poll();

        assertEquals(List.of("REMOVED S0", "REMOVED S1", "REMOVED S2"), typesAndIds().stream().sorted().toList());
    }

    @Test
    void theItemCapStopsAtAPageBoundaryWithoutRemovals() throws Exception {
        FakeListing senders = FakeListing.serve(server, SENDERS_PATH, "senders");
        for (int i = 0; i < 4; i++) {
            senders.put("S" + i, sender("S" + i, "ACTIVE", "t1"));
        }
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&pageSize=2&maxItemsPerPoll=5");
        poll(); // baseline: 4 senders, 2 pages, under the cap
        senders.remove("S3");
        for (int i = 4; i < 8; i++) {
            senders.put("S" + i, sender("S" + i, "ACTIVE", "t1"));
        }
        // Listed now: S0 S1 | S2 S4 | S5 S6 | S7

        try (LogCapture log = LogCapture.capture(SinchProvisioningStatusConsumer.class.getName(), Level.WARN)) {
            int before = apiRequestCount();
            poll();
            assertEquals(3, apiRequestCount() - before, "6 resources read on 3 pages reach the cap of 5");
            assertEquals(List.of("ADDED S4", "ADDED S5", "ADDED S6"), typesAndIds(), "S3 is not REMOVED");
            List<String> warnings = warnings(log);
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).contains("maxItemsPerPoll=5"), warnings.get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxPagesPerPoll=0", "maxItemsPerPoll=-1"})
    void capsBelowOneAreRefusedWhenTheRouteStarts(String option) {
        Exception e = assertThrows(Exception.class,
                () -> watch("sinch-prov:whatsapp-senders/list?startScheduler=false&" + option));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String name = option.substring(0, option.indexOf('='));
        assertTrue(root.getMessage().contains(name + " must be at least 1") && root.getMessage().contains(
                option.substring(option.indexOf('=') + 1)), root.getMessage());
    }
}
