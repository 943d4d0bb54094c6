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

import io.github.camelsinch.provisioning.metrics.MeterNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertLowCardinality;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertNoSinchMeters;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The receiver's meters over real HTTP: accepted callbacks by outcome, refused ones by reason, each equal to the
 * counter its JMX attribute reads; none left once the route is removed.
 */
class WebhookMetersTest extends WebhookTestSupport {

    private static final String OLD_SECRET = "whsec-previous-77b2";
    private static final byte[] BODY = ("{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":{\"name\":\"promo_x\","
            + "\"language\":\"EN\",\"state\":\"APPROVED\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
        context.getRegistry().bind("registry", registry); // found when the receiver starts
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET + "&previousWebhookSecret=" + OLD_SECRET);
    }

    @Test
    void acceptedAndRefusedCallbacksAreCountedByOutcomeAndReason() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> first = signed(SECRET, now);
        assertEquals(200, post(PATH, BODY, first).statusCode());
        assertEquals(200, post(PATH, BODY, signed(OLD_SECRET, now)).statusCode());
        assertEquals(401, post(PATH, BODY, first).statusCode()); // replayed
        assertEquals(401, post(PATH, BODY, signed("not-the-secret", now)).statusCode());
        assertEquals(401, post(PATH, BODY, signed("not-the-secret", now)).statusCode());
        assertEquals(401, post(PATH, BODY, Map.of()).statusCode());

        assertEquals(2, callbacks("delivered", "none"));
        assertEquals(0, callbacks("failed", "none"));
        assertEquals(1, callbacks("refused", "replayed_nonce"));
        assertEquals(2, callbacks("refused", "signature_mismatch"));
        assertEquals(1, callbacks("refused", "missing_header"));
        assertEquals(0, callbacks("refused", "body_too_large"), "every reason has its series from the start");
        assertEquals(1, counter(registry, MeterNames.WEBHOOK_PREVIOUS_SECRET, "routeId", "hook"));

        SinchProvisioningWebhookConsumer receiver = receiver();
        assertEquals(receiver.getDeliveredCallbacks(), (long) callbacks("delivered", "none"));
        double refused = registry.find(MeterNames.WEBHOOK_CALLBACKS).tag("outcome", "refused").functionCounters()
                .stream().mapToDouble(c -> c.count()).sum();
        assertEquals(receiver.getRefusedCallbacks(), (long) refused, "the JMX total equals the meters' sum");
        assertLowCardinality(registry, PROJECT_ID, SECRET, OLD_SECRET, "promo_x", "127.0.0.1", "/");

        context.getRouteController().stopRoute("hook");
        context.removeRoute("hook");
        assertNoSinchMeters(registry, "sinch.prov.webhook.");
    }

    private double callbacks(String outcome, String reason) {
        return counter(registry, MeterNames.WEBHOOK_CALLBACKS, "routeId", "hook", "outcome", outcome, "reason",
                reason);
    }

    private static Map<String, String> signed(String secret, long timestamp) {
        return TestSignatures.headers(secret, BODY, UUID.randomUUID().toString(), timestamp);
    }
}
