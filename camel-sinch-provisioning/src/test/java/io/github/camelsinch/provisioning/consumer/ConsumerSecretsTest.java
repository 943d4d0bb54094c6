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

import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Watched items carry tokens (a WhatsApp sender's bearerToken); a consumer's logs, warnings and failures, at any
 * level, must show none of them, nor the key secret or the OAuth token.
 */
class ConsumerSecretsTest extends StatusConsumerTestSupport {

    @Test
    void noSecretReachesALogLineOrAnExceptionMessage() throws Exception {
        FakeListing senders = FakeListing.serve(server, SENDERS_PATH, "senders")
                .put("A", sender("A", "IN_PROGRESS", "t1"));
        List<String> lines = new ArrayList<>();
        try (LogCapture ours = LogCapture.capture("io.github.camelsinch", Level.TRACE);
             LogCapture camel = LogCapture.capture("org.apache.camel", Level.DEBUG)) {
            watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
            poll();
            senders.put("A", sender("A", "ACTIVE", "t2"));
            events.failOnceFor("A");
            poll(); // the route fails: Camel's error handler and the consumer log it
            senders.failPage(1, 3, StubResponse.papiError(500, "internal", "boom", "retry"));
            Exception failure = assertThrows(Exception.class, this::poll);
            lines.add(failure.toString());
            server.enqueue("GET", SENDERS_PATH, StubResponse.papiError(429, "slow", "down", "wait")
                    .withHeader("Retry-After", "60"));
            poll(); // the rate-limit WARN
            lines.addAll(ours.lines());
            lines.addAll(camel.lines());
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("polling paused until")), "the capture works");
        for (String line : lines) {
            for (String secret : List.of("EAAG-secret-token", KEY_SECRET, ACCESS_TOKEN)) {
                assertFalse(line.contains(secret), "secret in: " + line);
            }
        }
    }
}
