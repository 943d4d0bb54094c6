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
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer health check in Camel's "producers" repository: DOWN after an authentication failure until a call
 * succeeds, DOWN for readiness (UP for liveness) during a rate-limit pause, UP otherwise; details name the endpoint
 * by its masked URI.
 */
class ProducerHealthCheckTest extends SimulatedApiTestSupport {

    private HealthCheckRepository producers;

    @Override
    protected void beforeStart(CamelContext camel) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The secret written into the URI on purpose: the check must show it masked.
                from("direct:list").routeId("list")
                        .to("sinch-prov:webhooks/list?keyId=" + SIM.keyId() + "&keySecret=" + SIM.keySecret());
            }
        });
    }

    @BeforeEach
    void enableProducerChecks() {
        // Camel reports producer checks only when asked to (camel.health.producersEnabled=true in camel-main).
        producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
    }

    @Test
    void oneCheckPerEndpointIsRegisteredWithAMaskedUriAndIsUpBeforeAnyCall() {
        HealthCheck check = check();

        assertTrue(check.getId().startsWith("producer:sinch-prov://webhooks/list?"), check.getId());
        assertFalse(check.getId().contains(SIM.keySecret()), check.getId());
        HealthCheck.Result readiness = check.callReadiness();
        assertEquals(HealthCheck.State.UP, readiness.getState());
        String uri = (String) readiness.getDetails().get(HealthCheck.ENDPOINT_URI);
        assertTrue(uri.contains("keySecret=xxxxxx") && !uri.contains(SIM.keySecret()), uri);
        assertEquals(0L, readiness.getDetails().get("calls"));
        // Reported through Camel's own invocation as well.
        assertTrue(HealthCheckHelper.invokeReadiness(context).stream()
                .anyMatch(r -> r.getCheck().getId().equals(check.getId())));
    }

    @Test
    void downAfterAnAuthenticationFailureUntilACallSucceeds() {
        // 401, then 401 again with the refreshed token: the credentials are rejected.
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 2, Fault.status(401)));
        Exchange failed = template.send("direct:list", e -> {});
        assertTrue(assertInstanceOf(SinchProvisioningException.class, failed.getException()).isAuthenticationError());

        for (HealthCheck.Result r : List.of(check().callReadiness(), check().callLiveness())) {
            assertEquals(HealthCheck.State.DOWN, r.getState(), "a rejected key does not heal by waiting");
            assertEquals(401, r.getDetails().get("last.status"));
            assertEquals(401, r.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
            assertEquals(2L, r.getDetails().get("auth.failures"));
            assertTrue(r.getMessage().orElse("").contains("Authentication"), r.getMessage().orElse(""));
            assertFalse(r.getMessage().orElse("").contains(SIM.keySecret()));
        }
        assertEquals(HealthCheck.State.DOWN, check().callReadiness().getState(), "still DOWN: no call succeeded yet");

        assertNull(template.send("direct:list", e -> {}).getException());

        HealthCheck.Result healed = check().callReadiness();
        assertEquals(HealthCheck.State.UP, healed.getState());
        assertEquals(200, healed.getDetails().get("last.status"));
        assertEquals(2L, healed.getDetails().get("calls"));
    }

    @Test
    void aTokenServerOutageTakesReadinessDownWithTheReasonButNotLiveness() {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 1, Fault.status(503)));
        Exchange failed = template.send("direct:list", e -> {});
        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, failed.getException());
        assertFalse(e.isAuthenticationError(), "an outage, not a rejected key");

        HealthCheck.Result readiness = check().callReadiness();
        assertEquals(HealthCheck.State.DOWN, readiness.getState());
        assertEquals("SERVER", readiness.getDetails().get("last.error.kind"));
        assertEquals(503, readiness.getDetails().get("last.error.http.status"));
        assertTrue(readiness.getDetails().containsKey("last.error.at"));
        assertTrue(readiness.getMessage().orElse("").contains("token endpoint"), readiness.getMessage().orElse(""));
        assertEquals(HealthCheck.State.UP, check().callLiveness().getState(), "a restart would not help");

        clock.advance(Duration.ofSeconds(1)); // the token failure backoff
        assertNull(template.send("direct:list", x -> {}).getException());
        HealthCheck.Result healed = check().callReadiness();
        assertEquals(HealthCheck.State.UP, healed.getState());
        assertFalse(healed.getDetails().containsKey("last.error.kind"));
    }

    @Test
    void readinessIsDownDuringARateLimitPauseAndLivenessStaysUp() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofSeconds(60))));
        Exchange limited = template.send("direct:list", e -> {});
        assertTrue(assertInstanceOf(SinchProvisioningException.class, limited.getException()).isRateLimited());

        HealthCheck.Result readiness = check().callReadiness();
        assertEquals(HealthCheck.State.DOWN, readiness.getState());
        assertEquals(clock.instant().plusSeconds(60).toString(), readiness.getDetails().get("rate.limited.until"));
        assertEquals(429, readiness.getDetails().get("last.status"));
        assertEquals(1L, readiness.getDetails().get("rate.limit.hits"));
        assertEquals(HealthCheck.State.UP, check().callLiveness().getState(), "waiting for quota needs no restart");

        clock.advance(Duration.ofSeconds(61));

        assertEquals(HealthCheck.State.UP, check().callReadiness().getState(), "the pause is over");
    }

    @Test
    void aRetryAfterThatWasWaitedOutLeavesTheCheckUpWithTheRetryCounted() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofSeconds(2))));

        assertNull(template.send("direct:list", e -> {}).getException());

        HealthCheck.Result readiness = check().callReadiness();
        assertEquals(HealthCheck.State.UP, readiness.getState());
        assertEquals(1L, readiness.getDetails().get("retries"));
        assertEquals(1L, readiness.getDetails().get("rate.limit.hits"));
    }

    @Test
    void theComponentOptionDisablesTheCheckAndStoppingTheRouteRemovesIt() throws Exception {
        context.getRouteController().stopRoute("list");
        assertTrue(producers.stream().noneMatch(this::isOurs), "removed with its producer");

        component.setHealthCheckProducerEnabled(false);
        context.getRouteController().startRoute("list");

        HealthCheck.Result result = check().call(Map.of());
        assertEquals(HealthCheck.State.UNKNOWN, result.getState());
        assertEquals(false, result.getDetails().get(HealthCheck.CHECK_ENABLED));
    }

    private boolean isOurs(HealthCheck check) {
        return check.getId().startsWith("producer:sinch-prov:");
    }

    private HealthCheck check() {
        List<HealthCheck> ours = producers.stream().filter(this::isOurs).toList();
        assertEquals(1, ours.size(), () -> "one check for the endpoint: " + ours);
        return ours.get(0);
    }

}
