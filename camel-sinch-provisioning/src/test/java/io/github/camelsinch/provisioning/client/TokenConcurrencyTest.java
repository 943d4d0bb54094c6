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
package io.github.camelsinch.provisioning.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single-flight token fetch. */
class TokenConcurrencyTest {

    private static final int CALLERS = 16;

    @Test
    void sixteenConcurrentColdCallsMakeExactlyOneTokenRequest() throws Exception {
        CountDownLatch tokenRequested = new CountDownLatch(1);
        CountDownLatch releaseToken = new CountDownLatch(1);
        List<Thread> callers = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS, r -> {
            Thread t = new Thread(r, "caller");
            callers.add(t);
            return t;
        });
        try (StubServer server = StubServer.start(); SinchHttpTransport transport = new SinchHttpTransport()) {
            server.always("POST", TOKEN_PATH, r -> {
                tokenRequested.countDown();
                // Hold the token back until every caller is inside the client, so all of them are really cold.
                assertTrue(releaseToken.await(10, TimeUnit.SECONDS));
                return ClientTestSupport.tokenResponse("tok-shared", 3600);
            });
            server.always("GET", "/v1/", StubResponse.json(200, "{}"));
            SinchApiClient client = transport.client(settings(server).build());
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch entered = new CountDownLatch(CALLERS);
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String sender = "s" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    entered.countDown();
                    return client.execute(ClientTestSupport.getSender("p", sender));
                }));
            }
            start.countDown();
            try {
                assertTrue(tokenRequested.await(10, TimeUnit.SECONDS), "no token request arrived");
                assertTrue(entered.await(10, TimeUnit.SECONDS), "not every caller started");
                // One caller is fetching (in socket I/O); the other 15 must be parked waiting for its result.
                Await.until("15 callers waiting for the token", () -> callers.stream()
                        .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.BLOCKED)
                        .count() >= CALLERS - 1, Duration.ofSeconds(10));
            } finally {
                releaseToken.countDown();
            }
            for (Future<ApiResponse> result : results) {
                assertEquals(200, result.get(10, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(1, server.count("POST", TOKEN_PATH));
            assertEquals(CALLERS, server.count("GET", "/v1/"));
            assertTrue(server.requests("GET", "/v1/").stream()
                    .allMatch(r -> "Bearer tok-shared".equals(r.header("Authorization"))));
        } finally {
            pool.shutdownNow();
        }
    }
}
