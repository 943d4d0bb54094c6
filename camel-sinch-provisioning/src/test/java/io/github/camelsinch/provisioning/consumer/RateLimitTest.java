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

import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.client.FakeClock;
import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.camel.health.HealthCheck;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 429 pauses polling until Retry-After: skipped polls send nothing, the health check and one WARN say so. */
class RateLimitTest extends StatusConsumerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void pollsAreSkippedUntilRetryAfterHasPassed() throws Exception {
        FakeListing.serve(server, SENDERS_PATH, "senders").put("A", sender("A", "ACTIVE", "t1"));
        server.enqueue("GET", SENDERS_PATH, StubResponse.papiError(429, "too_many_requests", "slow down", "wait")
                .withHeader("Retry-After", "30"));
        FakeClock clock = new FakeClock();
        try (LogCapture log = LogCapture.capture(SinchProvisioningStatusConsumer.class.getName(), Level.INFO)) {
            watch("sinch-prov:whatsapp-senders/list?startScheduler=false&initialDelay=0&delay=10");
            statusConsumer.useClock(clock);
            statusConsumer.startScheduler();

            Await.until("the 429 pauses the consumer", () -> statusConsumer.rateLimitedUntil().isPresent(), WAIT);
            int requestsWhenPaused = apiRequestCount();
            assertEquals(1, requestsWhenPaused, "the client does not retry the 429 itself");
            long skipped = statusConsumer.skippedPolls();
            Await.until("20 more scheduled polls", () -> statusConsumer.skippedPolls() >= skipped + 20, WAIT);
            assertEquals(requestsWhenPaused, apiRequestCount(), "no request while paused");

            HealthCheck.Result readiness = statusConsumer.getHealthCheck()
                    .call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS));
            assertEquals(HealthCheck.State.DOWN, readiness.getState());
            assertTrue(readiness.getMessage().orElse("").contains("paused until 2025-01-01T00:00:30Z"),
                    readiness.getMessage().orElse(""));
            assertEquals(429, readiness.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
            assertEquals(HealthCheck.State.UP, statusConsumer.getHealthCheck()
                    .call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.LIVENESS)).getState());

            clock.advance(Duration.ofSeconds(29));
            long stillSkipped = statusConsumer.skippedPolls();
            Await.until("more skipped polls", () -> statusConsumer.skippedPolls() >= stillSkipped + 5, WAIT);
            assertEquals(requestsWhenPaused, apiRequestCount(), "29 s is not yet 30 s");

            clock.advance(Duration.ofSeconds(1));
            Await.until("polling resumes", () -> apiRequestCount() > requestsWhenPaused, WAIT);
            assertTrue(statusConsumer.rateLimitedUntil().isEmpty());
            assertEquals(HealthCheck.State.UP, statusConsumer.getHealthCheck()
                    .call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS)).getState());
            assertEquals(1, log.count(Level.WARN, "polling paused until"), log.lines()::toString);
            Await.until("the resumption is logged", () -> log.count(Level.INFO, "polling again") == 1, WAIT);
        }
    }
}
