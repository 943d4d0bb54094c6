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

import io.github.camelsinch.provisioning.CredentialsCheckFailedException;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code checkCredentialsOnStart}: off by default; on, good credentials start the route after one token request
 * (OAuth2) or one one-item read (Basic), refused ones fail the start naming the key and the server's answer, and a
 * failure that says nothing about the key fails the start saying so.
 */
class CheckCredentialsOnStartTest extends SimulatedApiTestSupport {

    private static final String WRONG_SECRET = "wrong-secret-91b4aa";
    private static final String WRONG = "&keySecret=RAW(" + WRONG_SECRET + ")";

    private void addRoute(String routeId, String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to("sinch-prov:webhooks/list?" + options);
            }
        });
    }

    private CredentialsCheckFailedException startFailure(String routeId, String options) {
        Exception e = assertThrows(Exception.class, () -> addRoute(routeId, options));
        CredentialsCheckFailedException failure = find(e);
        assertNotEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus(routeId));
        String message = failure.getMessage();
        assertFalse(message.contains(WRONG_SECRET) || message.contains(SIM.keySecret()), message);
        assertTrue(message.startsWith("checkCredentialsOnStart: "), message);
        assertTrue(message.contains("keyId '" + SIM.keyId() + "'"), message);
        assertTrue(message.contains("sinch-prov://webhooks/list?"), "names the endpoint: " + message);
        return failure;
    }

    private static CredentialsCheckFailedException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CredentialsCheckFailedException found) {
                return found;
            }
        }
        throw new AssertionError("no CredentialsCheckFailedException in the cause chain of " + e, e);
    }

    @Test
    void offByDefaultARouteWithAWrongSecretStartsWithoutAnyRequest() throws Exception {
        addRoute("unchecked", "authType=oauth2" + WRONG);

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("unchecked"));
        assertTrue(SIM.control().requests().isEmpty(), SIM.control().requests().toString());
    }

    @Test
    void oauthWithGoodCredentialsStartsAfterOneTokenRequestAndTheTokenServesTheFirstCall() throws Exception {
        addRoute("checked", "checkCredentialsOnStart=true");

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("checked"));
        assertEquals(1, tokenRequests());
        assertEquals(0, apiRequests(), "OAuth2 is checked by the token endpoint alone");
        template.requestBody("direct:checked", "");
        assertEquals(1, tokenRequests(), "the checked token is the one the calls use");
    }

    @Test
    void basicWithGoodCredentialsStartsAfterOneOneItemRead() throws Exception {
        addRoute("checked", "authType=basic&checkCredentialsOnStart=true");

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("checked"));
        List<RecordedRequest> reads = requests("GET", WEBHOOKS_PATH);
        assertEquals(1, reads.size());
        assertEquals("pageSize=1", reads.get(0).query());
        assertEquals(0, tokenRequests());
    }

    @Test
    void oauthWithAWrongSecretFailsTheStartNamingTheKeyAndTheTokenEndpointsAnswer() {
        CredentialsCheckFailedException e = startFailure("checked", "checkCredentialsOnStart=true" + WRONG);

        assertTrue(e.isCredentialsRejected());
        String message = e.getMessage();
        assertTrue(message.contains("the token endpoint refused keyId '" + SIM.keyId() + "' (authType oauth2)"),
                message);
        assertTrue(message.contains("HTTP 401 invalid_client"), message);
        assertTrue(message.contains("Check keyId"), message);
        assertEquals(401, e.getCause().httpStatus());
        assertEquals(0, apiRequests());
    }

    @Test
    void basicWithAWrongSecretFailsTheStartWithTheApisAnswerAndTheHint() {
        CredentialsCheckFailedException e = startFailure("checked",
                "authType=basic&checkCredentialsOnStart=true" + WRONG);

        assertTrue(e.isCredentialsRejected());
        String message = e.getMessage();
        assertTrue(message.contains("the API refused keyId '" + SIM.keyId() + "' (authType basic)"), message);
        assertTrue(message.contains("HTTP 401 unauthorized_error"), message);
        assertTrue(message.contains("and keySecret first (Basic auth sends them with every call)"), message);
        assertEquals("unauthorized_error", e.getCause().errorCode());
    }

    @Test
    void aTokenEndpointOutageFailsTheStartSayingItIsNotACredentialsProblem() {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 1, Fault.status(503)));

        CredentialsCheckFailedException e = startFailure("checked", "checkCredentialsOnStart=true");

        assertFalse(e.isCredentialsRejected());
        String message = e.getMessage();
        assertTrue(message.contains("could not check keyId"), message);
        assertTrue(message.contains("This is not a credentials problem: the token endpoint failed (HTTP 503)"),
                message);
        assertTrue(message.contains("checkCredentialsOnStart=false"), message);
    }

    @Test
    void anApiOutageWithBasicAuthFailsTheStartSayingItIsNotACredentialsProblem() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 10, Fault.status(503)));

        CredentialsCheckFailedException e = startFailure("checked", "authType=basic&checkCredentialsOnStart=true");

        assertFalse(e.isCredentialsRejected());
        assertTrue(e.getMessage().contains("This is not a credentials problem: the API failed (HTTP 503)"),
                e.getMessage());
        assertEquals(3, requests("GET", WEBHOOKS_PATH).size(), "the check's read is retried like any read");
    }

    @Test
    void basicAuthWithoutAProjectIdCannotBeCheckedAndSaysWhy() {
        component.getConfiguration().setProjectId(null);

        Exception e = assertThrows(Exception.class,
                () -> addRoute("checked", "authType=basic&checkCredentialsOnStart=true"));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("checkCredentialsOnStart with authType basic needs the projectId"),
                root.getMessage());
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void aStatusConsumerWithAWrongSecretDoesNotStart() {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:whatsapp-senders/list?startScheduler=false&checkCredentialsOnStart=true" + WRONG)
                        .routeId("watch").process(exchange -> {});
            }
        }));
        CredentialsCheckFailedException failure = find(e);
        assertNotNull(failure.getCause());
        assertTrue(failure.isCredentialsRejected());
        assertTrue(failure.getMessage().contains("sinch-prov://whatsapp-senders/list?"), failure.getMessage());
        assertNotEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("watch"));
    }
}
