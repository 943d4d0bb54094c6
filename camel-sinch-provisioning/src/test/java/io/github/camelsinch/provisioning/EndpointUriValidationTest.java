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

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong endpoint URI fails when the endpoint is created, before any message, with a message that says both what
 * is wrong and what would be valid, and without a single request reaching the API.
 */
class EndpointUriValidationTest extends StubbedApiTestSupport {

    static Stream<Arguments> badUris() {
        return Stream.of(
                // uri, fragments the message must contain (what is wrong, then what is valid)
                Arguments.of("sinch-prov:webhookz/list",
                        List.of("webhookz", "Valid apis", "webhooks", "whatsapp-senders", "bundles")),
                Arguments.of("sinch-prov:webhooks/lst",
                        List.of("lst", "webhooks", "list", "create", "get", "delete", "replace", "update")),
                Arguments.of("sinch-prov:webhooks",
                        List.of("sinch-prov:<api>/<operation>", "webhooks/list", "webhooks/create",
                                "webhooks/replace")),
                Arguments.of("sinch-prov:whatsapp-senders/get/extra",
                        List.of("sinch-prov:<api>/<operation>", "whatsapp-senders/get/extra")),
                Arguments.of("sinch-prov:webhooks/list?senderId=x",
                        List.of("senderId", "webhooks/list", "pageSize", "pageToken", "projectId")),
                Arguments.of("sinch-prov:whatsapp-senders/list?filterStates=NOPE",
                        List.of("NOPE", "filterStates", "whatsapp-senders/list", "ACTIVE", "IN_PROGRESS", "SUSPENDED")),
                Arguments.of("sinch-prov:whatsapp-senders/list?filterStates=ACTIVE,NOPE",
                        List.of("NOPE", "filterStates", "ACTIVE", "PENDING_VERIFICATION")),
                Arguments.of("sinch-prov:webhooks/list?pageSize=16",
                        List.of("16", "pageSize", "webhooks/list", "from 1 to 15")),
                Arguments.of("sinch-prov:webhooks/list?pageSize=0",
                        List.of("'0'", "pageSize", "from 1 to 15")),
                Arguments.of("sinch-prov:webhooks/list?pageSize=abc",
                        List.of("abc", "pageSize", "a number from 1 to 15")),
                Arguments.of("sinch-prov:webhooks/list?authType=digest",
                        List.of("digest", "authType", "oauth2", "basic")),
                Arguments.of("sinch-prov:webhooks/list?baseUrl=http://example.com",
                        List.of("baseUrl", "http://example.com", "https", "loopback")),
                Arguments.of("sinch-prov:webhooks/list?authUrl=http://auth.example.com/oauth2/token",
                        List.of("authUrl", "https", "loopback")),
                Arguments.of("sinch-prov:webhooks/list?foo=bar",
                        List.of("Unknown option", "foo", "pageSize", "pageToken", "projectId", "baseUrl", "keyId",
                                "fetchAllPages")),
                Arguments.of("sinch-prov:whatsapp-templates/delete?deleteSubmitted=maybe",
                        List.of("maybe", "deleteSubmitted", "true or false")),
                Arguments.of("sinch-prov:webhooks/list?maxPages=0",
                        List.of("maxPages", "at least 1")),
                Arguments.of("sinch-prov:webhooks/list?maxAttempts=0",
                        List.of("maxAttempts", "at least 1")),
                // Typos get the closest valid names.
                Arguments.of("sinch-prov:whatsapp-sender/list",
                        List.of("Unknown api 'whatsapp-sender'. Did you mean whatsapp-senders?", "Valid apis")),
                Arguments.of("sinch-prov:whatsapp_senders/list",
                        List.of("Did you mean whatsapp-senders?")),
                Arguments.of("sinch-prov:whatsapp-sender",
                        List.of("sinch-prov:<api>/<operation>", "Did you mean whatsapp-senders?")),
                Arguments.of("sinch-prov:whatsapp-senders/lsit",
                        List.of("Unknown operation 'lsit'", "Did you mean list?", "Valid operations")),
                Arguments.of("sinch-prov:whatsapp-templates/listbyname?templateName=t",
                        List.of("Did you mean listByName?")),
                Arguments.of("sinch-prov:webhooks/list?pageSzie=5",
                        List.of("Unknown option(s) [pageSzie]", "For pageSzie did you mean pageSize?")),
                Arguments.of("sinch-prov:webhooks/list?keySecrt=x&fetchAllPage=true",
                        List.of("For fetchAllPage did you mean fetchAllPages?",
                                "For keySecrt did you mean keySecret?")),
                Arguments.of("sinch-prov:whatsapp-senders/list?dealy=5000",
                        List.of("For dealy did you mean delay?")),
                // Enum parameters: the protobuf placeholder is refused, the valid values are listed (bounded).
                Arguments.of("sinch-prov:whatsapp-templates/get?templateName=t&languageCode=UNRECOGNIZED",
                        List.of("Invalid value 'UNRECOGNIZED' for parameter languageCode", "whatsapp-templates/get",
                                "one of AF, AR, AZ", ", ... (", " in all)", "protobuf placeholder")),
                Arguments.of("sinch-prov:whatsapp-templates/get?templateName=t&languageCode=en_us",
                        List.of("'en_us'", "Did you mean EN_US?")),
                Arguments.of("sinch-prov:whatsapp-senders/list?filterStates=ACTIVE,UNRECOGNIZED",
                        List.of("'UNRECOGNIZED'", "filterStates", "protobuf placeholder")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUris")
    void badUriFailsAtCreationNamingWhatIsWrongAndWhatIsValid(String uri, List<String> expectedFragments) {
        ResolveEndpointFailedException e =
                assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
        String message = e.getMessage();
        for (String fragment : expectedFragments) {
            assertTrue(message.contains(fragment), () -> "message should contain '" + fragment + "': " + message);
        }
        assertTrue(server.requests().isEmpty(), () -> "nothing may be sent, got " + server.requests());
        assertTrue(context.getEndpoints().stream().noneMatch(ep -> ep.getEndpointUri().startsWith("sinch-prov")),
                "the bad endpoint must not be registered");
    }

    @Test
    void badUriInARouteFailsWhenTheRouteIsAddedNotAtTheFirstMessage() {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").routeId("bad").to("sinch-prov:webhooks/list?pageSize=99");
            }
        }));
        Throwable cause = e;
        while (cause != null && !(cause instanceof ResolveEndpointFailedException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, () -> "expected a ResolveEndpointFailedException in the cause chain of " + e);
        assertTrue(cause.getMessage().contains("from 1 to 15"), cause.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    static Stream<Arguments> goodUris() {
        return Stream.of(
                Arguments.of("sinch-prov:webhooks/list"),
                Arguments.of("sinch-prov:webhooks/list?pageSize=15&pageToken=abc"),
                Arguments.of("sinch-prov:webhooks/list?pageSize=1"),
                Arguments.of("sinch-prov:whatsapp-senders/list?filterStates=ACTIVE,SUSPENDED&filterStatuses=DRAFT"),
                Arguments.of("sinch-prov:webhooks/list?baseUrl=http://localhost:8080"),
                Arguments.of("sinch-prov:webhooks/list?baseUrl=http://127.0.0.1:9999/"),
                Arguments.of("sinch-prov:webhooks/list?baseUrl=http://[::1]:9999"),
                Arguments.of("sinch-prov:webhooks/list?baseUrl=https://provisioning.api.sinch.com"),
                Arguments.of(
                        "sinch-prov:webhooks/list?baseUrl=https://eu.example.com&authUrl=https://auth.example.com/oauth2/token"),
                Arguments.of("sinch-prov:webhooks/list?authType=basic"),
                Arguments.of("sinch-prov:webhooks/list?authType=OAUTH2"),
                Arguments.of("sinch-prov:whatsapp-senders/get?senderId=s-1&projectId=other"),
                Arguments.of(
                        "sinch-prov:whatsapp-templates/delete?templateName=t&languageCode=EN_US&deleteSubmitted=true"),
                Arguments.of("sinch-prov:webhooks/list?fetchAllPages=true&maxPages=3&maxItems=10&rawJson=true"),
                Arguments.of("sinch-prov:webhooks/list?connectTimeout=1000&responseTimeout=2000&maxAttempts=1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodUris")
    void goodUriIsAccepted(String uri) {
        Endpoint endpoint = context.getEndpoint(uri);
        assertInstanceOf(SinchProvisioningEndpoint.class, endpoint);
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void everyOperationOfTheCatalogueCreatesAnEndpoint() {
        List<ApiOperation> operations = OperationCatalog.get().operations();
        assertEquals(85, operations.size());
        for (ApiOperation op : operations) {
            Endpoint endpoint = context.getEndpoint("sinch-prov:" + op.api() + "/" + op.name());
            SinchProvisioningApiEndpoint sinch =
                    assertInstanceOf(SinchProvisioningApiEndpoint.class, endpoint, op.uriPath());
            assertEquals(op, sinch.getApiOperation());
            assertEquals(op.api(), sinch.getApi());
            assertEquals(op.name(), sinch.getOperation());
            assertNotNull(sinch.createProducer());
        }
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void endpointOptionsOverrideTheComponentOnlyForThatEndpoint() {
        SinchProvisioningEndpoint custom = (SinchProvisioningEndpoint) context.getEndpoint(
                "sinch-prov:webhooks/list?projectId=other&baseUrl=https://eu.example.com&pageSize=5");
        SinchProvisioningEndpoint plain = (SinchProvisioningEndpoint) context.getEndpoint("sinch-prov:webhooks/get");
        assertEquals("other", custom.getConfiguration().getProjectId());
        assertEquals("https://eu.example.com", custom.getConfiguration().getBaseUrl());
        assertEquals(5, custom.getParameters().getPageSize());
        assertEquals(PROJECT_ID, plain.getConfiguration().getProjectId());
        assertEquals(server.baseUrl(), plain.getConfiguration().getBaseUrl());
        assertEquals(PROJECT_ID, context.getComponent("sinch-prov", SinchProvisioningComponent.class)
                .getConfiguration().getProjectId());
    }
}
