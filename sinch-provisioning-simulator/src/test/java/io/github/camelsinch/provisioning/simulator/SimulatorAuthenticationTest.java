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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorAuthenticationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.builder()
            .manualClock(Instant.parse("2025-01-01T00:00:00Z"))
            .credentials("test-key", "test-secret")
            .tokenLifetime(Duration.ofMinutes(10))
            .build());

    private static final String WEBHOOKS = "/v1/projects/p1/webhooks";
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @Test
    void tokenEndpointIssuesBearerTokensForTheConfiguredKey() {
        SimClient client = new SimClient(SIM.baseUrl(), SimClient.basicHeader("test-key", "test-secret"));
        SimClient.Exchange token = client.send("POST", "/oauth2/token", "grant_type=client_credentials", FORM);

        assertEquals(200, token.status());
        JsonNode body = token.json();
        assertTrue(body.path("access_token").asText().length() > 20);
        assertEquals(600, body.path("expires_in").asInt());
        assertEquals("bearer", body.path("token_type").asText());
        assertTrue(body.has("scope"));
        assertEquals(SIM.tokenUrl(), SIM.baseUrl() + "/oauth2/token");
    }

    @Test
    void tokenEndpointRejectsWrongClientAndGrant() {
        SimClient wrong = new SimClient(SIM.baseUrl(), SimClient.basicHeader("test-key", "nope"));
        SimClient.Exchange denied = wrong.send("POST", "/oauth2/token", "grant_type=client_credentials", FORM);
        assertEquals(401, denied.status());
        assertEquals("invalid_client", denied.json().path("error").asText());

        SimClient right = new SimClient(SIM.baseUrl(), SimClient.basicHeader("test-key", "test-secret"));
        SimClient.Exchange grant = right.send("POST", "/oauth2/token", "grant_type=password", FORM);
        assertEquals(400, grant.status());
        assertEquals("unsupported_grant_type", grant.json().path("error").asText());
    }

    @Test
    void apiAcceptsBasicAndBearerAndAnswersPapi401Otherwise() {
        assertEquals(200, SimClient.basic(SIM.simulator()).get(WEBHOOKS).status());
        assertEquals(200, SimClient.bearer(SIM.simulator()).get(WEBHOOKS).status());

        for (String authorization : new String[] {null, "Bearer not-a-token",
            SimClient.basicHeader("test-key", "wrong"), "Digest abc"}) {
            SimClient.Exchange denied = new SimClient(SIM.baseUrl(), authorization).get(WEBHOOKS);
            assertEquals(401, denied.status(), "for " + authorization);
            assertEquals("unauthorized_error", denied.json().path("errorCode").asText());
            assertTrue(denied.json().has("message"));
            assertTrue(denied.json().has("resolution"));
        }
    }

    @Test
    void bearerTokensExpireOnTheSimulatorClock() {
        SimClient client = SimClient.bearer(SIM.simulator());
        SIM.control().advance(Duration.ofMinutes(9).plusSeconds(59));
        assertEquals(200, client.get(WEBHOOKS).status());

        SIM.control().advance(Duration.ofSeconds(1));
        assertEquals(401, client.get(WEBHOOKS).status());

        client.authorization("Bearer " + SimClient.token(SIM.simulator()));
        assertEquals(200, client.get(WEBHOOKS).status());
    }

    @Test
    void anyProjectIdIsAcceptedAndProjectsAreIsolated() {
        SimClient client = SimClient.basic(SIM.simulator());
        String webhook = "{\"target\":\"http://127.0.0.1:9/x\",\"secret\":\"s\",\"triggers\":[\"ALL\"]}";
        assertEquals(201, client.post("/v1/projects/alpha/webhooks", webhook).status());

        assertEquals(1, client.get("/v1/projects/alpha/webhooks").json().path("totalSize").asInt());
        assertEquals(0, client.get("/v1/projects/beta/webhooks").json().path("totalSize").asInt());
    }

    @Test
    void requestLogRedactsCredentials() {
        SimClient.basic(SIM.simulator()).get(WEBHOOKS);
        RecordedRequest logged = SIM.control().requests().get(0);
        assertEquals("Basic ***", logged.headers().get("authorization"));
        assertFalse(logged.toString().contains("test-secret"));
    }
}
