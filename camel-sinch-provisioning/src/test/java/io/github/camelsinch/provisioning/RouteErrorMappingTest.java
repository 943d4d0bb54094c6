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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.HttpResponseAware;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Error mapping (docs/resilience.md, Retries): every failed call reaches the route as a
 * {@link SinchProvisioningException} carrying the status, the PAPI error fields, the operation and the sanitized URI
 * (never a secret), whatever the body was.
 */
class RouteErrorMappingTest extends StubbedApiTestSupport {

    private static final String WEBHOOK_PATH = "/v1/projects/" + PROJECT_ID + "/webhooks/wh-1";
    private static final String WEBHOOKS_PATH = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String GET_ID = "webhookcontroller_getwebhook_v1";
    private static final String CREATE_ID = "webhookcontroller_createwebhook_v1";
    private static final String CREATE_BODY =
            "{\"target\":\"https://example.com/h\",\"secret\":\"s\",\"triggers\":[\"ALL\"]}";

    @BeforeEach
    void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("sinch-prov:webhooks/get?webhookId=wh-1");
                from("direct:create").to("sinch-prov:webhooks/create");
                from("direct:getOrGone")
                        .onException(SinchProvisioningException.class).onWhen(simple("${exception.notFound}"))
                        .handled(true).setBody(constant("gone")).end()
                        .to("sinch-prov:webhooks/get?webhookId=wh-1");
            }
        });
    }

    private SinchProvisioningException get() {
        Exchange result = template.send("direct:get", e -> {});
        return assertInstanceOf(SinchProvisioningException.class, result.getException());
    }

    private SinchProvisioningException create() {
        Exchange result = template.send("direct:create", e -> e.getMessage().setBody(CREATE_BODY));
        return assertInstanceOf(SinchProvisioningException.class, result.getException());
    }

    private void assertCommon(SinchProvisioningException e, String operationId, String method, String path,
                              int status, ErrorKind kind) {
        assertEquals(kind, e.kind());
        assertEquals(status, e.httpStatus());
        assertEquals(status, e.getHttpResponseCode());
        assertInstanceOf(HttpResponseAware.class, e);
        assertEquals(operationId, e.operationId(), "kept for support tickets");
        String operation = OperationCatalog.get().operations().stream()
                .filter(op -> op.operationId().equals(operationId)).findFirst().orElseThrow().uriPath();
        assertEquals(operation, e.operation());
        String uri = method + " " + server.baseUrl() + path;
        assertEquals(uri, e.sanitizedUri());
        // Named as the user wrote it in the endpoint URI, not by the contract's internal id.
        assertTrue(e.getMessage().startsWith(operation + " " + uri + ": "), e.getMessage());
        assertFalse(e.getMessage().contains(operationId), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP " + status) || status == 0, e.getMessage());
        for (String secret : List.of(KEY_SECRET, ACCESS_TOKEN)) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
            assertFalse(e.toString().contains(secret), e.toString());
            assertFalse(String.valueOf(e.errorMessage()).contains(secret));
        }
        assertEquals(kind == ErrorKind.AUTHENTICATION, e.isAuthenticationError());
        assertEquals(kind == ErrorKind.NOT_FOUND, e.isNotFound());
        assertEquals(kind == ErrorKind.VALIDATION, e.isValidationError());
        assertEquals(kind == ErrorKind.CONFLICT, e.isConflict());
        assertEquals(kind == ErrorKind.RATE_LIMIT, e.isRateLimited());
        assertEquals(kind == ErrorKind.SERVER, e.isServerError());
    }

    @Test
    void badRequestWithValidationErrors() {
        server.enqueue("POST", WEBHOOKS_PATH, StubResponse.json(400, "{\"errorCode\":\"invalid_input\","
                + "\"message\":\"Invalid input.\",\"resolution\":\"Correct the validation errors and submit again.\","
                + "\"additionalInformation\":{\"validationErrors\":[\"target must be an URL\","
                + "\"triggers must contain at least 1 elements\"],\"field\":\"target\"}}"));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 400, ErrorKind.VALIDATION);
        assertEquals("invalid_input", e.errorCode());
        assertEquals("invalid_input", e.getHttpResponseStatus());
        assertEquals("Invalid input.", e.errorMessage());
        assertEquals("Correct the validation errors and submit again.", e.resolution());
        assertEquals(Map.of("validationErrors", List.of("target must be an URL",
                "triggers must contain at least 1 elements"), "field", List.of("target")), e.additionalInformation());
        assertTrue(e.getMessage().contains("invalid_input") && e.getMessage().contains("Invalid input.")
                && e.getMessage().contains("Correct the validation errors"), e.getMessage());
        assertEquals(1, apiRequests().size(), "a 400 is not retried");
    }

    @Test
    void unauthorizedAfterTheOneReactiveTokenRefresh() {
        server.always("GET", WEBHOOK_PATH, StubResponse.papiError(401, "unauthorized", "Invalid token.",
                "Use a valid token."));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 401, ErrorKind.AUTHENTICATION);
        assertEquals("unauthorized", e.errorCode());
        assertEquals("Use a valid token.", e.resolution());
        // The key got a token, so the secret is right: the hint points at the project, before the API's text.
        String message = e.getMessage();
        assertTrue(message.contains("accepted keyId '" + KEY_ID + "' but the API refused even a freshly issued"
                + " token: check that the key belongs to the projectId"), message);
        assertTrue(message.indexOf("accepted keyId") < message.indexOf("(resolution: Use a valid token.)"), message);
        assertEquals(2, apiRequests().size(), "one resend with a fresh token, no loop");
        assertEquals(2, tokenRequests(), "exactly one reactive refresh");
    }

    @Test
    void unauthorizedOnceThenOkSucceeds() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.status(401), StubResponse.json(200, "{\"id\":\"wh-1\"}"));

        Exchange result = template.send("direct:get", e -> {});

        assertNull(result.getException());
        assertEquals(2, tokenRequests());
    }

    @Test
    void forbidden() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.papiError(403, "forbidden", "No access to project.",
                "Ask the project owner."));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 403, ErrorKind.FORBIDDEN);
        assertEquals("forbidden", e.errorCode());
        assertEquals(1, tokenRequests(), "a 403 does not refresh the token");
    }

    @Test
    void notFound() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.papiError(404, "webhook_not_found", "Webhook not found.",
                "Check the webhook id."));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 404, ErrorKind.NOT_FOUND);
        assertEquals("webhook_not_found", e.errorCode());
        assertEquals("Webhook not found.", e.errorMessage());
        assertEquals("Check the webhook id.", e.resolution());
        assertEquals(Map.of(), e.additionalInformation());
        assertEquals(1, apiRequests().size());
    }

    @Test
    void routeCanBranchOnTheKind() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.papiError(404, "webhook_not_found", "gone", "none"));

        assertEquals("gone", template.requestBody("direct:getOrGone", (Object) null));
    }

    @Test
    void requestBodyThrowsTheTypedExceptionAsCause() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.papiError(404, "webhook_not_found", "gone", "none"));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:get", (Object) null));
        assertInstanceOf(SinchProvisioningException.class, e.getCause());
    }

    @Test
    void conflict() {
        server.enqueue("POST", WEBHOOKS_PATH, StubResponse.papiError(409, "webhook_target_conflict",
                "A webhook with this target exists.", "Use another target."));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 409, ErrorKind.CONFLICT);
        assertEquals("webhook_target_conflict", e.errorCode());
    }

    @Test
    void failedDependency() {
        server.enqueue("POST", WEBHOOKS_PATH, StubResponse.papiError(424, "meta_error", "Meta rejected the call.",
                "Try again later."));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 424, ErrorKind.DEPENDENCY);
        assertEquals("meta_error", e.errorCode());
        assertEquals("Try again later.", e.resolution());
    }

    @Test
    void tooManyRequestsWithRetryAfterOverTheCapFailsAtOnce() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.papiError(429, "too_many_requests", "Slow down.", "Wait.")
                .withHeader("Retry-After", "120"));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 429, ErrorKind.RATE_LIMIT);
        assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("120"), e.getMessage());
        assertEquals(1, apiRequests().size(), "a Retry-After over maxRetryAfter is not waited out");
    }

    @Test
    void serverErrorOnGetIsRetriedThenReported() {
        server.always("GET", WEBHOOK_PATH, StubResponse.papiError(500, "internal_error", "Oops.", "Retry later."));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 500, ErrorKind.SERVER);
        assertEquals("internal_error", e.errorCode());
        assertEquals(3, apiRequests().size(), "maxAttempts (3) for an idempotent GET");
    }

    @Test
    void serverErrorOnPostIsNotRetried() {
        server.always("POST", WEBHOOKS_PATH, StubResponse.papiError(500, "internal_error", "Oops.", "Retry later."));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 500, ErrorKind.SERVER);
        assertEquals(1, apiRequests().size(), "a POST that reached the server is never resent");
    }

    @Test
    void nonJsonErrorBodyStillGivesTheTypedError() {
        server.enqueue("POST", WEBHOOKS_PATH,
                StubResponse.text(502, "text/html", "<html><body>Bad\r\nGateway</body></html>"));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 502, ErrorKind.SERVER);
        assertNull(e.errorCode());
        assertNull(e.resolution());
        assertEquals(Map.of(), e.additionalInformation());
        assertTrue(e.errorMessage().contains("Bad") && e.errorMessage().contains("Gateway"), e.errorMessage());
        assertFalse(e.errorMessage().contains("\n"), "control characters are removed");
    }

    @Test
    void emptyErrorBodyGivesTheReasonPhrase() {
        server.enqueue("POST", WEBHOOKS_PATH, StubResponse.status(503));

        SinchProvisioningException e = create();

        assertCommon(e, CREATE_ID, "POST", WEBHOOKS_PATH, 503, ErrorKind.SERVER);
        assertNull(e.errorCode());
        assertEquals("Service Unavailable", e.errorMessage());
    }

    @Test
    void otherClientStatus() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.text(418, "text/plain", "teapot"));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 418, ErrorKind.CLIENT);
        assertEquals("teapot", e.errorMessage());
    }

    @Test
    void successWithMalformedJsonIsAServerError() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.json(200, "{\"id\":\"wh-1\", oops"));

        SinchProvisioningException e = get();

        assertCommon(e, GET_ID, "GET", WEBHOOK_PATH, 200, ErrorKind.SERVER);
        assertTrue(e.getMessage().contains("webhooks/get"), e.getMessage());
    }

    @Test
    void successWithJsonOfTheWrongShapeIsAServerError() {
        server.enqueue("GET", WEBHOOK_PATH, StubResponse.json(200, "[\"not\",\"a\",\"webhook\"]"));

        SinchProvisioningException e = get();

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(200, e.getHttpResponseCode());
    }

    @Test
    void listPageWithMalformedJsonIsAServerError() {
        server.enqueue("GET", WEBHOOKS_PATH, StubResponse.json(200, "{\"webhooks\":["));

        Exchange result = template.send("sinch-prov:webhooks/list", e -> {});

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(200, e.getHttpResponseCode());
    }

    @Test
    void listPageOfTheWrongShapeIsAServerError() {
        server.always("GET", WEBHOOKS_PATH, StubResponse.json(200, "{\"webhooks\":\"not a list\"}"));

        for (String uri : List.of("sinch-prov:webhooks/list", "sinch-prov:webhooks/list?fetchAllPages=true")) {
            Exchange result = template.send(uri, e -> {});

            SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException(),
                    () -> uri + ": " + result.getException());
            assertEquals(ErrorKind.SERVER, e.kind(), uri);
            assertEquals(200, e.getHttpResponseCode(), uri);
            assertTrue(e.getMessage().contains("webhooks/list"), e.getMessage());
        }
    }

    @Test
    void listPageThatIsNotAnObjectIsAServerError() {
        server.always("GET", WEBHOOKS_PATH, StubResponse.json(200, "[]"));

        Exchange result = template.send("sinch-prov:webhooks/list?fetchAllPages=true", e -> {});

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(ErrorKind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
    }

    @Test
    void transportFailureIsTypedToo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + closedPort;

        Exchange result = template.send("sinch-prov:webhooks/get?webhookId=wh-1&maxAttempts=1&baseUrl=" + base,
                e -> {});

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException(),
                () -> String.valueOf(result.getException()));
        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertEquals(0, e.getHttpResponseCode());
        assertTrue(e.getMessage().startsWith("webhooks/get GET " + base + WEBHOOK_PATH), e.getMessage());
        assertEquals(GET_ID, e.operationId());
        assertFalse(e.getMessage().contains(KEY_SECRET) || e.getMessage().contains(ACCESS_TOKEN), e.getMessage());
    }
}
