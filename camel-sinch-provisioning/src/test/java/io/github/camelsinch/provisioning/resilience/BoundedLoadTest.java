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
package io.github.camelsinch.provisioning.resilience;

import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 16 routes driven by 16 threads make 10,000 calls in all against the simulator: no error, one token for all of
 * them, and after {@code context.stop()} nothing of the component is left: the transport is closed, no connection
 * is leased, and no thread of HttpClient or of the component survives. Throughput is printed, not asserted.
 */
class BoundedLoadTest extends SimulatedApiTestSupport {

    private static final int ROUTES = 16;
    private static final int CALLS = 10_000;
    /** Threads the component or its HttpClient may start: the pool's idle-connection evictor, consumer fan-out. */
    private static final Pattern COMPONENT_THREAD =
            Pattern.compile("(?i).*(idle-connection-evictor|connection-evictor|httpclient|SinchProv|sinch-prov).*");

    @Override
    protected void beforeStart(CamelContext camel) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < ROUTES; i++) {
                    from("direct:load-" + i).routeId("load-" + i).to("sinch-prov:webhooks/list");
                }
            }
        });
    }

    @Test
    void tenThousandCallsOverSixteenRoutesLeaveNothingBehind() throws Exception {
        Set<String> threadsBefore = liveThreadNames();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong halfwayAt = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService drivers = Executors.newFixedThreadPool(ROUTES, r -> new Thread(r, "load-driver"));
        List<Future<?>> futures = new ArrayList<>();
        long started;
        try {
            for (int i = 0; i < ROUTES; i++) {
                String route = "direct:load-" + i;
                int calls = CALLS / ROUTES + (i < CALLS % ROUTES ? 1 : 0);
                futures.add(drivers.submit((Callable<Void>) () -> {
                    ProducerTemplate producer = context.createProducerTemplate();
                    start.await();
                    for (int n = 0; n < calls; n++) {
                        Exchange result = producer.send(route, e -> {});
                        if (result.getException() != null) {
                            errors.incrementAndGet();
                        }
                        if (done.incrementAndGet() == CALLS / 2) {
                            halfwayAt.set(System.nanoTime());
                        }
                    }
                    producer.stop();
                    return null;
                }));
            }
            started = System.nanoTime();
            start.countDown(); // 16 cold calls at once: one token request for all of them
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            drivers.shutdownNow();
        }
        long finished = System.nanoTime();
        double seconds = (finished - started) / 1e9;
        System.out.printf("%nBoundedLoadTest: %d calls over %d routes in %.2f s = %.0f calls/s, %d error(s);"
                + " second half (JIT warm): %.0f calls/s%n", done.get(), ROUTES, seconds, done.get() / seconds,
                errors.get(), (CALLS - CALLS / 2) / ((finished - halfwayAt.get()) / 1e9));

        assertEquals(CALLS, done.get());
        assertEquals(0, errors.get());
        assertEquals(CALLS, transport.metrics().calls());
        assertEquals(0, transport.metrics().retries());
        assertEquals(1, transport.metrics().tokenRequests(), "single-flight: 16 concurrent cold calls, one token");
        Set<String> duringLoad = liveThreadNames();
        System.out
                .println("BoundedLoadTest: threads started during the load: " + difference(duringLoad, threadsBefore));

        SinchHttpTransport used = transport;
        context.stop();

        assertTrue(used.isClosed(), "the component closed its transport");
        assertEquals(0, used.leasedConnections(), "no connection left leased");
        Set<String> leftOver = awaitNoComponentThreads(threadsBefore, Duration.ofSeconds(10));
        assertTrue(leftOver.isEmpty(), () -> "threads of the component or HttpClient left after stop: " + leftOver);
        Set<String> camelLeft = difference(liveThreadNames(), threadsBefore).stream()
                .filter(n -> n.startsWith("Camel (" + context.getName() + ")")).collect(Collectors.toSet());
        assertTrue(camelLeft.isEmpty(), () -> "Camel threads of the stopped context: " + camelLeft);
    }

    private static Set<String> awaitNoComponentThreads(Set<String> before,
                                                       Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> left;
        do {
            left = difference(liveThreadNames(), before).stream()
                    .filter(n -> COMPONENT_THREAD.matcher(n).matches()).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return left;
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(n -> !b.contains(n)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
