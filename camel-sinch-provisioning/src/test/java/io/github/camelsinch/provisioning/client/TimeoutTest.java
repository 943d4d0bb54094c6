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

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.request;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timeouts (docs/resilience.md, Timeouts and the connection pool): a stalled server costs about the response timeout,
 * not HttpClient's 3-minute default.
 */
class TimeoutTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(300);

    @Test
    void aStalledGetFailsAsTransportErrorWithinTheTimeouts() {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer server = StubServer.start();
             SinchHttpTransport transport = SinchHttpTransport.builder().sleeper(new RecordingSleeper()).build()) {
            server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
            server.always("GET", "/v1/", r -> {
                release.await(30, TimeUnit.SECONDS);
                return StubResponse.json(200, "{}");
            });
            SinchApiClient client = transport.client(settings(server).responseTimeout(RESPONSE_TIMEOUT).build());
            try {
                long started = System.nanoTime();
                ApiCallException e = assertThrows(ApiCallException.class,
                        () -> client.execute(request("GET", "/v1/projects/p/senders")));
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

                assertEquals(ErrorKind.TRANSPORT, e.kind());
                assertInstanceOf(SocketTimeoutException.class, e.getCause());
                assertEquals(3, server.count("GET", "/v1/")); // idempotent: retried up to maxAttempts
                assertTrue(elapsed.compareTo(Duration.ofSeconds(5)) < 0, "took " + elapsed);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void aStalledPostIsNotResentBecauseItMayHaveBeenProcessed() {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer server = StubServer.start();
             SinchHttpTransport transport = SinchHttpTransport.builder().sleeper(new RecordingSleeper()).build()) {
            server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
            server.always("POST", "/v1/", r -> {
                release.await(30, TimeUnit.SECONDS);
                return StubResponse.json(201, "{}");
            });
            SinchApiClient client = transport.client(settings(server).responseTimeout(RESPONSE_TIMEOUT).build());
            try {
                ApiCallException e = assertThrows(ApiCallException.class,
                        () -> client.execute(request("POST", "/v1/projects/p/senders")));

                assertEquals(ErrorKind.TRANSPORT, e.kind());
                assertEquals(1, server.count("POST", "/v1/"));
            } finally {
                release.countDown();
            }
        }
    }
}
