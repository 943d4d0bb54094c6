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
package io.github.camelsinch.provisioning.webhook;

import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What webhooks.md recommends besides maxBodySize: the HTTP server's own limit (camel.server.maxBodySize with
 * camel-main) refuses a larger body with 413 itself, while it arrives, before the receiver sees any of it.
 */
class ServerBodyLimitTest extends WebhookTestSupport {

    @Override
    protected void configureServer(VertxPlatformHttpServerConfiguration config) {
        config.setMaxBodySize(2_048L);
    }

    @Test
    void theServersLimitAnswers413BeforeTheReceiver() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET);
        byte[] big = ("{\"type\":\"BUNDLE_DONE\",\"payload\":{\"id\":\"b1\",\"x\":\"" + "x".repeat(4_096) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] small = "{\"type\":\"BUNDLE_DONE\",\"payload\":{\"id\":\"b1\"}}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        assertEquals(413, post(PATH, big, TestSignatures.headers(SECRET, big, "SERVER-LIMIT-1", now)).statusCode());
        assertEquals(0, receiver().refusedCallbacks(), "never reached the receiver");
        assertEquals(200, post(PATH, small, TestSignatures.headers(SECRET, small, "SERVER-LIMIT-2", now))
                .statusCode());
        assertEquals(1, received.size());
    }
}
