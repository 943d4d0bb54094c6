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
package io.github.camelsinch.provisioning.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.request;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Error mapping at the transport level (docs/resilience.md, Retries): every status family becomes a typed, complete
 * exception.
 */
class TransportErrorMappingTest {

    private final StubServer server = StubServer.start();
    private final SinchHttpTransport transport =
            SinchHttpTransport.builder().sleeper(new RecordingSleeper()).build();
    private SinchApiClient client;

    @BeforeEach
    void start() {
        server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
        client = transport.client(settings(server).maxAttempts(1).build()); // one hit per status, no retries
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private ApiCallException failWith(StubResponse response) {
        server.always("*", "/v1/", response);
        return assertThrows(ApiCallException.class, () -> client.execute(request("GET", "/v1/projects/p1/senders")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, VALIDATION, invalid_input",
        "401, AUTHENTICATION, unauthorized_error",
        "403, FORBIDDEN, forbidden",
        "404, NOT_FOUND, sender_not_found",
        "409, CONFLICT, account_data_is_corrupt",
        "422, VALIDATION, unprocessable",
        "424, DEPENDENCY, meta_error",
        "429, RATE_LIMIT, too_many_requests",
        "500, SERVER, internal_error",
        "418, CLIENT, teapot",
    })
    void eachStatusFamilyMapsToItsKindWithAllPapiFields(int status, ErrorKind kind, String errorCode) {
        ApiCallException e = failWith(StubResponse.papiError(status, errorCode, "Something went wrong",
                "Verify that the parameters are correct."));

        assertEquals(kind, e.kind());
        assertEquals(status, e.httpStatus());
        assertEquals(errorCode, e.errorCode());
        assertEquals("Something went wrong", e.errorMessage());
        assertEquals("Verify that the parameters are correct.", e.resolution());
        assertEquals("getOp", e.operationId());
        String url = server.baseUrl() + "/v1/projects/p1/senders";
        assertEquals("GET " + url, e.sanitizedUri());
        // A 401 gets the component's hint on the credentials before the API's resolution; nothing else does.
        String hint = status == 401 ? ". " + e.hint() : "";
        assertEquals(status == 401, e.hint() != null, String.valueOf(e.hint()));
        assertEquals("getOp GET " + url + ": HTTP " + status + " " + errorCode
                + ": Something went wrong" + hint + " (resolution: Verify that the parameters are correct.)",
                e.getMessage());
    }

    @Test
    void validationErrorsAsAnArrayAreKept() {
        ApiCallException e = failWith(StubResponse.json(400, "{\"errorCode\":\"invalid_input\",\"message\":\"Bad"
                + "\",\"resolution\":\"Fix\",\"additionalInformation\":{\"validationErrors\":[\"comment must be"
                + " longer than or equal to 1 characters\",\"name is required\"]}}"));

        assertEquals(Map.of("validationErrors", List.of("comment must be longer than or equal to 1 characters",
                "name is required")), e.additionalInformation());
    }

    @Test
    void aPlainStringAdditionalInformationValueBecomesAOneElementList() {
        ApiCallException e = failWith(StubResponse.json(400, "{\"errorCode\":\"invalid_input\",\"message\":\"Bad"
                + "\",\"resolution\":\"Fix\",\"additionalInformation\":{\"validationErrors\":\"name is required\","
                + "\"supportedCodes\":[\"en\",\"de\"]}}"));

        assertEquals(Map.of("validationErrors", List.of("name is required"), "supportedCodes", List.of("en", "de")),
                e.additionalInformation());
    }

    @Test
    void anHtmlBodyStillGivesATypedErrorWithACleanSnippet() {
        String html = "<html>\r\n<body>\n<h1>502 Bad Gateway</h1>\n" + "x".repeat(400) + "</body></html>";
        ApiCallException e = failWith(StubResponse.text(502, "text/html", html));

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(502, e.httpStatus());
        assertNull(e.errorCode());
        assertEquals(200, e.errorMessage().length());
        assertTrue(e.errorMessage().startsWith("<html> <body> <h1>502 Bad Gateway</h1>"), e.errorMessage());
        assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), "control characters in message");
        assertEquals(Map.of(), e.additionalInformation());
    }

    @Test
    void anEmptyBodyFallsBackToTheReasonPhrase() {
        ApiCallException e = failWith(StubResponse.status(503));

        assertEquals(ErrorKind.SERVER, e.kind());
        assertNull(e.errorCode());
        assertEquals("Service Unavailable", e.errorMessage());
        assertNull(e.resolution());
    }

    @Test
    void aJsonBodyThatIsNotAPapiErrorKeepsItsText() {
        ApiCallException e = failWith(StubResponse.json(404, "[\"unexpected\"]"));

        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertNull(e.errorCode());
        assertEquals("[\"unexpected\"]", e.errorMessage());
    }

    @Test
    void theCopyConstructorKeepsEveryField() {
        ApiCallException original = failWith(StubResponse.papiError(409, "conflict", "Busy", "Wait"));
        ApiCallException copy = new ApiCallException(original) {};

        assertEquals(original.getMessage(), copy.getMessage());
        assertEquals(original.kind(), copy.kind());
        assertEquals(original.httpStatus(), copy.httpStatus());
        assertEquals(original.errorCode(), copy.errorCode());
        assertEquals(original.errorMessage(), copy.errorMessage());
        assertEquals(original.resolution(), copy.resolution());
        assertEquals(original.additionalInformation(), copy.additionalInformation());
        assertEquals(original.operationId(), copy.operationId());
        assertEquals(original.sanitizedUri(), copy.sanitizedUri());
        assertEquals(original.retryAfter(), copy.retryAfter());
    }
}
