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

import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.client.LogCapture;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.ObjectHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood of refused callbacks over real HTTP does not flood the log: one WARN line per reason, the rest at DEBUG,
 * summed up in a WARN line per refusalLogInterval (or when the receiver stops); every refusal is counted per reason,
 * in code and on the consumer's MBean, and a good callback still gets through.
 */
class RefusalLoggingTest extends WebhookTestSupport {

    /** The MBeans are under test: CamelTestSupport turns JMX off unless asked. */
    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    private static final AtomicInteger NONCES = new AtomicInteger();
    private static final byte[] GOOD =
            "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\",\"state\":\"ACTIVE\"}}"
                    .getBytes(StandardCharsets.UTF_8);
    private static final byte[] NUMERIC_ID = "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":42}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void fifteenHundredRefusalsWriteOneWarnPerReasonAndAreAllCounted() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET);
        String logger = SinchProvisioningWebhookConsumer.class.getName();
        try (LogCapture log = LogCapture.capture(logger, Level.DEBUG)) {
            for (int i = 0; i < 1_500; i++) {
                int status;
                if (i % 3 == 0 && i < 600) {
                    status = post(PATH, GOOD, Map.of()).statusCode(); // 200 of these
                } else if (i % 3 == 1 && i < 900) {
                    status = post(PATH, NUMERIC_ID, signed(NUMERIC_ID)).statusCode(); // 300 of these
                } else {
                    status = post(PATH, GOOD, TestSignatures.headers("not-the-secret", GOOD, nonce(),
                            Instant.now().getEpochSecond())).statusCode(); // the other 1,000
                }
                assertTrue(status == 401 || status == 400, "refused: " + status);
            }

            assertEquals(3, log.events().stream().filter(e -> e.getLevel() == Level.WARN).count(),
                    () -> "one WARN per reason: " + log.lines().stream().filter(l -> l.startsWith("WARN")).toList());
            assertEquals(1_497, log.count(Level.DEBUG, "Refused a Sinch Provisioning callback"));
            assertEquals(1_500, receiver().refusedCallbacks());
            assertEquals(Map.of(RejectionReason.MISSING_HEADER, 200L, RejectionReason.MALFORMED_RESOURCE_ID, 300L,
                    RejectionReason.SIGNATURE_MISMATCH, 1_000L), receiver().refusedCallbacksByReason());
            assertEquals(0, receiverExchangesCreated.get());

            MBeanServer jmx = context.getManagementStrategy().getManagementAgent().getMBeanServer();
            ObjectName mbean = consumerMBean(jmx);
            assertEquals(1_500L, jmx.getAttribute(mbean, "RefusedCallbacks"));
            assertEquals("MISSING_HEADER=200, SIGNATURE_MISMATCH=1000, MALFORMED_RESOURCE_ID=300",
                    jmx.getAttribute(mbean, "RefusedCallbacksByReason"));

            assertEquals(200, post(PATH, GOOD, signed(GOOD)).statusCode(), "a good callback still gets through");
            assertEquals(1, received.size());
            assertEquals("s1", received.all().get(0).resourceId());
            assertEquals(1L, jmx.getAttribute(mbean, "DeliveredCallbacks"));

            log.clear();
            context.getRouteController().stopRoute("hook");
            assertEquals(1, log.events().size(), () -> "the pending summary when stopping: " + log.lines());
            String summary = log.lines().get(0);
            assertTrue(summary.startsWith("WARN ") && summary.contains("refused 1,497 callbacks in the last ")
                    && summary.endsWith(": 999 SIGNATURE_MISMATCH, 299 MALFORMED_RESOURCE_ID, 199 MISSING_HEADER"),
                    summary);
        }
    }

    @Test
    void theSummaryIsWrittenWhenTheIntervalEndsEvenWithoutAnotherRequest() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET + "&refusalLogInterval=1s");
        try (LogCapture log = LogCapture.capture(SinchProvisioningWebhookConsumer.class.getName(), Level.INFO)) {
            for (int i = 0; i < 4; i++) {
                assertEquals(401, post(PATH, GOOD, Map.of()).statusCode());
            }
            assertEquals(1, log.events().size(), () -> "only the first so far: " + log.lines());

            Await.until("the timer writes the summary", () -> log.events().size() == 2, Duration.ofSeconds(10));
            assertTrue(log.lines().get(1).contains("refused 3 callbacks in the last "), log.lines().get(1));
            assertTrue(log.lines().get(1).endsWith(": 3 MISSING_HEADER"), log.lines().get(1));
        }
    }

    @Test
    void theIntervalAndTheBodyLimitAreChecked() throws Exception {
        startContext(c -> {});
        assertRefused("&refusalLogInterval=10", "refusalLogInterval must be at least 1000 ms");
        assertRefused("&maxBodySize=0", "maxBodySize must be between 1 and 67108864 bytes (default 1048576)");
    }

    private void assertRefused(String options, String message) {
        Exception e = assertThrows(Exception.class, () -> addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET
                + options));
        IllegalArgumentException cause = ObjectHelper.getException(IllegalArgumentException.class, e);
        assertTrue(cause != null && cause.getMessage().contains(message), e::toString);
    }

    private ObjectName consumerMBean(MBeanServer jmx) throws Exception {
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",type=consumers,*"), null);
        for (ObjectName name : names) {
            if ("hook".equals(jmx.getAttribute(name, "RouteId"))) {
                return name;
            }
        }
        throw new AssertionError("no MBean for the receiver among " + names);
    }

    private static Map<String, String> signed(byte[] body) {
        return TestSignatures.headers(SECRET, body, nonce(), Instant.now().getEpochSecond());
    }

    private static String nonce() {
        return "FLOOD-" + NONCES.incrementAndGet();
    }
}
