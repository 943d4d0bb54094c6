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

import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ErrorKind;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong key secret against the simulator, in both auth modes: the error says which options to check before the
 * API's own resolution (which points at the projectId), names the operation as the URI does, and the producer
 * health check gives the reason in its details. No secret, right or wrong, appears anywhere.
 */
class WrongCredentialsTest extends SimulatedApiTestSupport {

    private static final String WRONG_SECRET = "wrong-secret-0c7d2e";

    @BeforeEach
    void enableProducerChecks() {
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    private SinchProvisioningException listWith(String options) {
        Exchange result = template.send("sinch-prov:webhooks/list?keySecret=RAW(" + WRONG_SECRET + ")&" + options,
                e -> {});
        return assertInstanceOf(SinchProvisioningException.class, result.getException());
    }

    private HealthCheck.Result producerReadiness() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        HealthCheck check = producers.stream().filter(c -> c.getId().startsWith("producer:sinch-prov://webhooks/list"))
                .findFirst().orElseThrow();
        return check.callReadiness();
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(WRONG_SECRET), text);
        assertFalse(text.contains(SIM.keySecret()), text);
    }

    @Test
    void basicAuthNamesTheKeyBeforeTheApisResolutionAndTheOperationAsTheUriDoes() {
        SinchProvisioningException e = listWith("authType=basic");

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("unauthorized_error", e.errorCode());
        String message = e.getMessage();
        assertTrue(message.startsWith("webhooks/list GET " + SIM.baseUrl() + WEBHOOKS_PATH), message);
        String hint = "Check keyId '" + SIM.keyId() + "' and keySecret first (Basic auth sends them with every call),"
                + " then that the key belongs to the projectId in the URL.";
        assertEquals(hint, e.hint());
        assertTrue(message.contains(hint), message);
        assertTrue(e.resolution() != null && message.contains("(resolution: " + e.resolution() + ")"), message);
        assertTrue(message.indexOf(hint) < message.indexOf("(resolution: "), "ours first: " + message);
        assertEquals("webhooks/list", e.operation());
        assertEquals(OperationCatalog.get().require("webhooks", "list").operationId(), e.operationId(),
                "the contract's id stays available for a support ticket");
        assertFalse(message.contains(e.operationId()), message);
        assertNoSecret(message);
        assertEquals(1, apiRequests(), "Basic auth has nothing to renew: no resend");

        HealthCheck.Result health = producerReadiness();
        assertEquals(HealthCheck.State.DOWN, health.getState());
        Map<String, Object> details = health.getDetails();
        assertEquals("AUTHENTICATION", details.get("last.error.kind"));
        assertEquals(401, details.get("last.error.http.status"));
        assertEquals("unauthorized_error", details.get("last.error.code"));
        assertEquals(clock.instant().toString(), details.get("last.error.at"));
        assertNoSecret(health.getMessage().orElse(""));
        assertNoSecret(details.toString());
    }

    @Test
    void oauthSaysTheTokenEndpointRefusedTheKeyAndNothingReachesTheApi() {
        SinchProvisioningException e = listWith("authType=oauth2");

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("invalid_client", e.errorCode());
        String message = e.getMessage();
        assertTrue(message.startsWith("token request to " + SIM.tokenUrl() + " failed: HTTP 401 invalid_client"),
                message);
        assertTrue(message.contains("Check keyId '" + SIM.keyId() + "' and keySecret (the OAuth2 client id and"
                + " secret sent to authUrl)"), message);
        assertNoSecret(message);
        assertEquals(0, apiRequests(), "no token, no call");

        HealthCheck.Result health = producerReadiness();
        assertEquals(HealthCheck.State.DOWN, health.getState());
        Map<String, Object> details = health.getDetails();
        assertEquals("AUTHENTICATION", details.get("last.error.kind"));
        assertEquals(401, details.get("last.error.http.status"));
        assertEquals("invalid_client", details.get("last.error.code"));
        assertEquals(clock.instant().toString(), details.get("last.error.at"));
        assertNoSecret(health.getMessage().orElse(""));
    }
}
