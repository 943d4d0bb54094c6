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
package io.github.camelsinch.provisioning.simulator;

import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String SENDERS = "/v1/projects/faults/whatsapp/senders";
    private SimClient client;

    @BeforeEach
    void client() {
        client = SimClient.basic(SIM.simulator());
    }

    @Test
    void rateLimitForTheNextTwoMatchingRequestsThenNormal() {
        SIM.control().addFault(FaultRule.on("GET", "/v1/projects/.+/whatsapp/senders", 2,
                Fault.rateLimited(Duration.ofSeconds(3))));

        assertEquals(200, client.post(SENDERS, "{\"wabaId\":\"1\",\"phoneNumberId\":\"2\"}").status() - 1,
                "POST does not match a GET rule");
        for (int i = 0; i < 2; i++) {
            SimClient.Exchange limited = client.get(SENDERS);
            assertEquals(429, limited.status());
            assertEquals("3", limited.headers().get("retry-after"));
            assertEquals("too_many_requests", limited.json().path("errorCode").asText());
        }
        assertEquals(200, client.get(SENDERS).status());
        assertTrue(SIM.control().faults().isEmpty(), "used-up rules disappear");
    }

    @Test
    void unavailableAnswersWithAPapiBody() {
        SIM.control().addFault(FaultRule.on(".*", 1, Fault.unavailable()));
        SimClient.Exchange e = client.get(SENDERS);
        assertEquals(503, e.status());
        assertEquals("service_unavailable", e.json().path("errorCode").asText());
        assertTrue(e.json().has("message") && e.json().has("resolution"));
    }

    @Test
    void tokenEndpointCanFailToo() {
        SIM.control()
                .addFault(FaultRule.on("POST", "/oauth2/token", 1, Fault.status(500).withBody("{\"error\":\"x\"}")));
        SimClient.Exchange e = client.send("POST", "/oauth2/token", "grant_type=client_credentials",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(500, e.status());
        assertEquals("x", e.json().path("error").asText());
    }

    /**
     * A raw socket shows the connection closing without a single response byte (java.net.http would quietly
     * retry an idempotent GET on a fresh connection).
     */
    @Test
    void droppedConnectionClosesWithoutAResponse() throws Exception {
        SIM.control().addFault(FaultRule.on(SENDERS, 1, Fault.dropConnection()));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), SIM.simulator().port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + SENDERS + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + client.authorization() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, socket.getInputStream().read());
        }
        assertEquals(200, client.get(SENDERS).status());
        assertEquals(0, SIM.control().requests().get(0).status(), "logged as dropped");
    }

    @Test
    void malformedBodyIsNotJson() {
        SIM.control().addFault(FaultRule.on(SENDERS, 1, Fault.malformedBody(200)));
        SimClient.Exchange e = client.get(SENDERS);
        assertEquals(200, e.status());
        assertEquals("application/json", e.headers().get("content-type"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse(e.body()));
    }

    @Test
    void delayHoldsTheResponseBackThenServesIt() {
        SIM.control().addFault(FaultRule.on(SENDERS, 1, Fault.delay(Duration.ofMillis(300))));
        long start = System.nanoTime();
        SimClient.Exchange e = client.get(SENDERS);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, e.status());
        assertTrue(elapsedMillis >= 300, "took " + elapsedMillis + " ms");
    }

    @Test
    void controlApiCreatesAndClearsFaults() {
        SimClient control = new SimClient(SIM.baseUrl(), null);
        SimClient.Exchange created = control.post("/_sim/faults", "{\"method\":\"GET\",\"path\":\"/v1/.*\","
                + "\"times\":1,\"fault\":{\"type\":\"RESPOND\",\"status\":429,\"headers\":{\"Retry-After\":\"1\"}}}");
        assertEquals(201, created.status());
        assertEquals(1, control.get("/_sim/faults").json().path(created.json().path("id").asText()).asInt());
        assertEquals(429, client.get(SENDERS).status());

        control.post("/_sim/faults", "{\"path\":\"/v1/.*\",\"times\":5,\"fault\":{\"status\":500}}");
        assertEquals(204, control.delete("/_sim/faults").status());
        assertEquals(200, client.get(SENDERS).status());
        assertEquals(400, control.post("/_sim/faults", "{\"times\":1}").status(), "path is required");
    }
}
