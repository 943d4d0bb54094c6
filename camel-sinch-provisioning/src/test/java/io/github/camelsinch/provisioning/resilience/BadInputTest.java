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

import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mistakes in a route fail at the earliest point with a message that says what is wrong, and send nothing: not an
 * API request, not even a token request. A compact table against the simulator; the exhaustive variants live in
 * {@code EndpointUriValidationTest}, {@code RequestBodyTest} and {@code PathAndHeaderParametersTest}.
 */
class BadInputTest extends SimulatedApiTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertEquals(List.of(), SIM.control().requests(), "the simulator saw a request");
    }

    /** Wrong URIs: the route does not even start. */
    static Stream<Arguments> badUris() {
        return Stream.of(
                Arguments.of("unknown operation", "sinch-prov:webhooks/lst",
                        List.of("Unknown operation 'lst'", "list, create, get")),
                Arguments.of("option of another operation", "sinch-prov:webhooks/list?senderId=s1",
                        List.of("senderId", "webhooks/list")),
                Arguments.of("enum value out of range", "sinch-prov:whatsapp-senders/list?filterStates=NOPE",
                        List.of("NOPE", "filterStates", "ACTIVE")),
                Arguments.of("page size out of bounds", "sinch-prov:webhooks/list?pageSize=50",
                        List.of("pageSize", "from 1 to 15")),
                Arguments.of("plain http to a remote host", "sinch-prov:webhooks/list?baseUrl=http://example.com",
                        List.of("baseUrl", "https")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUris")
    void aBadUriFailsWhenTheRouteIsAdded(String name, String uri, List<String> fragments) {
        FailedToCreateRouteException e = assertThrows(FailedToCreateRouteException.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:bad").to(uri);
                    }
                }));
        Throwable cause = assertInstanceOf(ResolveEndpointFailedException.class, e.getCause()).getCause();
        assertInstanceOf(IllegalArgumentException.class, cause);
        assertContainsAll(cause.getMessage(), fragments);
    }

    /** Wrong messages: the exchange fails before the producer sends anything. */
    static Stream<Arguments> badMessages() {
        return Stream.of(
                Arguments.of("missing path parameter", "sinch-prov:webhooks/get", Map.of(), null,
                        List.of("webhookId", "CamelSinchProvWebhookId")),
                Arguments.of("path parameter header with an invalid enum value",
                        "sinch-prov:whatsapp-templates/get?templateName=t", Map.of("CamelSinchProvLanguageCode", "XX"),
                        null, List.of("XX", "languageCode")),
                Arguments.of("operation header naming no operation", "sinch-prov:webhooks/list",
                        Map.of("CamelSinchProvOperation", "webhooks/explode"), null,
                        List.of("Unknown operation 'explode'", "list, create, get")),
                Arguments.of("malformed JSON body", "sinch-prov:webhooks/create", Map.of(),
                        "{\"target\":\"http://127.0.0.1:9/h\" \"secret\"}", List.of("not valid JSON", "column")),
                Arguments.of("body of the wrong type", "sinch-prov:webhooks/create", Map.of(), 42,
                        List.of("java.lang.Integer", "WebhookWebhookInputDto")),
                Arguments.of("body missing required fields", "sinch-prov:webhooks/create", Map.of(),
                        "{\"target\":\"http://127.0.0.1:9/h\",\"secret\":\"s3cret-in-body\"}",
                        List.of("misses required field(s) triggers")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void aBadMessageFailsBeforeAnythingIsSent(String name, String uri, Map<String, Object> headers, Object body,
                                              List<String> fragments) {
        Exchange result = template.send(uri, e -> {
            e.getMessage().setHeaders(new HashMap<>(headers));
            e.getMessage().setBody(body);
        });

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException(),
                () -> name + ": " + result.getException());
        assertContainsAll(e.getMessage(), fragments);
        assertFalse(e.getMessage().contains("s3cret-in-body"), "the body is never quoted: " + e.getMessage());
    }

    private static void assertContainsAll(String message, List<String> fragments) {
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + fragment + "' missing in: " + message);
        }
    }
}
