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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.catalog.RequestBodySpec;
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookInputDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message body becomes the JSON request body whatever form it takes (model, Map, JsonNode, JSON text as
 * String, bytes or stream); a body that cannot be right (missing, not JSON, not an object, wrong type, missing
 * required fields) fails before anything at all is sent, and the message says what would be right.
 */
class RequestBodyTest extends StubbedApiTestSupport {

    private static final String CREATE_WEBHOOK = "sinch-prov:webhooks/create";
    private static final String WEBHOOKS_PATH = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String WEBHOOK_SECRET = "whsec-body-secret-77ab";
    private static final String WEBHOOK_JSON = "{\"target\":\"https://example.com/hook\",\"secret\":\"" + WEBHOOK_SECRET
            + "\",\"triggers\":[\"ALL\",\"BUNDLE_DONE\"]}";

    @BeforeEach
    void scriptCreatedAnswers() {
        server.always("POST", WEBHOOKS_PATH, StubResponse.json(201,
                "{\"id\":\"wh-1\",\"target\":\"https://example.com/hook\",\"projectId\":\"" + PROJECT_ID
                        + "\",\"triggers\":[\"ALL\",\"BUNDLE_DONE\"]}"));
        server.always("POST", "/v1/projects/" + PROJECT_ID + "/", StubResponse.json(201, "{}"));
    }

    @Test
    void webhooksCreateTakesTheWebhookInputModel() {
        RequestBodySpec spec = OperationCatalog.get().require("webhooks", "create").requestBody().orElseThrow();
        assertTrue(spec.required());
        assertSame(WebhookWebhookInputDto.class, spec.modelType());
    }

    static Stream<Arguments> bodyForms() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("target", "https://example.com/hook");
        map.put("secret", WEBHOOK_SECRET);
        map.put("triggers", List.of("ALL", "BUNDLE_DONE"));
        return Stream.of(
                Arguments.of("model", (Supplier<Object>) () -> new WebhookWebhookInputDto()
                        .withTarget("https://example.com/hook").withSecret(WEBHOOK_SECRET)
                        .withTriggers(List.of(WebhookWebhookTriggersEnum.ALL, WebhookWebhookTriggersEnum.BUNDLE_DONE))),
                Arguments.of("Map", (Supplier<Object>) () -> map),
                Arguments.of("JsonNode", (Supplier<Object>) () -> readTree(WEBHOOK_JSON)),
                Arguments.of("String", (Supplier<Object>) () -> WEBHOOK_JSON),
                Arguments.of("pretty String", (Supplier<Object>) () -> readTree(WEBHOOK_JSON).toPrettyString()),
                Arguments.of("byte[]", (Supplier<Object>) () -> WEBHOOK_JSON.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("InputStream",
                        (Supplier<Object>) () -> new ByteArrayInputStream(
                                WEBHOOK_JSON.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("StringBuilder", (Supplier<Object>) () -> new StringBuilder(WEBHOOK_JSON)),
                Arguments.of("File", (Supplier<Object>) () -> jsonFile().toFile()),
                Arguments.of("Path", (Supplier<Object>) RequestBodyTest::jsonFile));
    }

    /** The webhook JSON in a temporary file, as a file: consumer would hand it over. */
    private static java.nio.file.Path jsonFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("webhook", ".json");
            file.toFile().deleteOnExit();
            return java.nio.file.Files.writeString(file, WEBHOOK_JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRequiredFieldSetAsAnAdditionalPropertyOfAModelCounts() {
        WebhookWebhookInputDto model = new WebhookWebhookInputDto().withTarget("https://example.com/hook")
                .withTriggers(List.of(WebhookWebhookTriggersEnum.ALL, WebhookWebhookTriggersEnum.BUNDLE_DONE));
        model.setAdditionalProperty("secret", com.fasterxml.jackson.databind.node.TextNode.valueOf(WEBHOOK_SECRET));

        Exchange result = call(CREATE_WEBHOOK, model);

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(readTree(WEBHOOK_JSON), readTree(lastApiRequest().bodyAsString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyForms")
    void everyBodyFormSendsTheSameJson(String form, Supplier<Object> body) {
        Exchange result = call(CREATE_WEBHOOK, body.get());

        assertNull(result.getException(), () -> form + ": " + result.getException());
        StubRequest sent = lastApiRequest();
        assertEquals("POST", sent.method());
        assertEquals(WEBHOOKS_PATH, sent.path());
        assertEquals("application/json", sent.header("Content-Type"));
        assertArrayEquals(WEBHOOK_JSON.getBytes(StandardCharsets.UTF_8), sent.body(),
                () -> form + " sent " + sent.bodyAsString());
        WebhookWebhookDto created = assertInstanceOf(WebhookWebhookDto.class, result.getMessage().getBody());
        assertEquals("wh-1", created.getId());
        assertEquals(201, result.getMessage().getHeader(SinchProvisioningConstants.HTTP_STATUS));
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("null", CREATE_WEBHOOK, null,
                        List.of("webhooks/create requires a request body", "WebhookWebhookInputDto", "Map", "JsonNode",
                                "String", "byte[]", "InputStream")),
                Arguments.of("blank String", CREATE_WEBHOOK, "  ",
                        List.of("requires a request body")),
                Arguments.of("empty byte[]", CREATE_WEBHOOK, new byte[0],
                        List.of("requires a request body")),
                Arguments.of("malformed JSON", CREATE_WEBHOOK,
                        "{\"target\":\"https://example.com/hook\",\n \"secret\":\"" + WEBHOOK_SECRET + "\" \"x\"}",
                        List.of("webhooks/create", "not valid JSON", "line 2", "column")),
                Arguments.of("malformed JSON bytes", CREATE_WEBHOOK,
                        ("{\"secret\":\"" + WEBHOOK_SECRET + "\",,}").getBytes(StandardCharsets.UTF_8),
                        List.of("not valid JSON", "line 1", "column")),
                Arguments.of("JSON array", CREATE_WEBHOOK, "[" + WEBHOOK_JSON + "]",
                        List.of("webhooks/create", "must be a JSON object", "array")),
                Arguments.of("JSON string", CREATE_WEBHOOK, "\"" + WEBHOOK_SECRET + "\"",
                        List.of("must be a JSON object", "string")),
                Arguments.of("Integer", CREATE_WEBHOOK, 42,
                        List.of("java.lang.Integer", "webhooks/create", "WebhookWebhookInputDto", "Map", "JsonNode",
                                "String", "byte[]", "InputStream")),
                Arguments.of("model of another operation", CREATE_WEBHOOK,
                        new io.github.camelsinch.provisioning.model.KakaotalkCommentInputDto().withComment("hi"),
                        List.of("misses required field(s)", "target", "secret", "triggers",
                                "WebhookWebhookInputDto")),
                Arguments.of("missing top-level fields", CREATE_WEBHOOK,
                        "{\"target\":\"https://example.com/hook\",\"triggers\":null}",
                        List.of("webhooks/create", "misses required field(s) secret, triggers")),
                Arguments.of("missing nested fields", "sinch-prov:kakaotalk-senders/create",
                        "{\"plusFriendId\":\"@sinch\",\"details\":{\"name\":\"Shop\",\"adminPhoneNo\":\"010\"}}",
                        List.of("kakaotalk-senders/create", "details.topLevelCategoryCode",
                                "details.midLevelCategoryCode", "details.subLevelCategoryCode",
                                "KakaotalkInputSenderDto")),
                Arguments.of("model missing nested fields", "sinch-prov:kakaotalk-senders/create",
                        new io.github.camelsinch.provisioning.model.KakaotalkInputSenderDto().withPlusFriendId("@sinch")
                                .withDetails(
                                        new io.github.camelsinch.provisioning.model.KakaotalkInputSenderDetailsDto()
                                                .withName("Shop").withAdminPhoneNo("010")),
                        List.of("kakaotalk-senders/create", "details.topLevelCategoryCode",
                                "details.midLevelCategoryCode", "details.subLevelCategoryCode")),
                Arguments.of("model missing fields in array elements",
                        "sinch-prov:whatsapp-templates/compare?templateName=t&languageCode=EN",
                        new io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto()
                                .withTemplates(List.of(
                                        new io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareIdentifierDto()
                                                .withTemplateName("a").withTemplateLanguage(
                                                        io.github.camelsinch.provisioning.model.WhatsappTemplateLanguagesEnum.EN),
                                        new io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareIdentifierDto()
                                                .withTemplateName("b"))),
                        List.of("templates[1].templateLanguage")),
                Arguments.of("missing fields in array elements",
                        "sinch-prov:whatsapp-templates/compare?templateName=t&languageCode=EN",
                        "{\"templates\":[{\"templateName\":\"a\",\"templateLanguage\":\"EN\"},{\"templateName\":\"b\"}]}",
                        List.of("templates[1].templateLanguage")),
                Arguments.of("anyOf matching no variant", "sinch-prov:whatsapp-senders/create",
                        "{\"details\":{\"displayName\":\"Shop\",\"phoneNumber\":\"5551234\"}}",
                        List.of("whatsapp-senders/create", "misses required field(s) details.countryCode",
                                "WhatsappInputSenderPhoneProvisioningDto")),
                // The closest shape alone would hide that three others exist: every one is named with what sets it
                // apart.
                Arguments.of("anyOf body far from every variant", "sinch-prov:whatsapp-senders/create",
                        "{\"region\":\"EU\"}",
                        List.of("matches none of the 4 body shapes it accepts",
                                "the closest misses required field(s) details (schema"
                                        + " WhatsappInputSenderPhoneProvisioningDto)",
                                "told apart by their required fields",
                                "WhatsappSenderInputEsDto needs wabaId, phoneNumberId",
                                "WhatsappInputSenderPartnerInitiatedDto needs phoneNumberProvider, details",
                                "WhatsappInputSenderPhoneProvisioningDto needs details",
                                "WhatsappSenderInputDtoDeprecated needs name, details")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodyFailsBeforeAnythingIsSent(String name, String uri, Object body, List<String> expected) {
        Exchange result = call(uri, body);

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException(),
                () -> name + ": " + result.getException());
        for (String fragment : expected) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing in: " + e.getMessage());
        }
        // The message may describe the body but never quote it: bodies hold webhook secrets and tokens.
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(WEBHOOK_SECRET), "body text leaked: " + t);
        }
        assertEquals(List.of(), server.requests(), "not even a token request may happen");
    }

    static Stream<Arguments> anyOfBodies() {
        return Stream.of(
                Arguments.of("sinch-prov:whatsapp-senders/create", "{\"wabaId\":\"123\",\"phoneNumberId\":\"456\"}"),
                Arguments.of("sinch-prov:whatsapp-senders/create",
                        "{\"details\":{\"countryCode\":\"US\",\"phoneNumber\":\"5551234\",\"displayName\":\"Shop\"}}"),
                Arguments.of("sinch-prov:whatsapp-senders/create",
                        "{\"phoneNumberProvider\":\"SINCH\",\"details\":{\"displayName\":\"Shop\","
                                + "\"vertical\":\"RETAIL\",\"countryCode\":\"US\"}}"),
                Arguments.of("sinch-prov:whatsapp-accounts/create",
                        "{\"clientBusinessManagerId\":\"bm-1\",\"companyLegalName\":\"ACME Ltd\"}"),
                Arguments.of("sinch-prov:whatsapp-accounts/create",
                        "{\"wabaName\":\"ACME\",\"clientBusinessManagerId\":\"bm-1\","
                                + "\"senderDetails\":{\"displayName\":\"ACME\",\"businessCategory\":\"RETAIL\"}}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("anyOfBodies")
    void anyOfBodyMatchingOneVariantIsSent(String uri, String json) {
        Exchange result = call(uri, json);

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(readTree(json), readTree(lastApiRequest().bodyAsString()));
    }

    @Test
    void anyOfBodyEquallyCloseToTwoVariantsNamesBoth() {
        Exchange result = call("sinch-prov:whatsapp-accounts/create",
                "{\"wabaName\":\"ACME\",\"clientBusinessManagerId\":\"bm-1\",\"senderDetails\":{\"displayName\":\"A\"}}");

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        // One field short of the partner-initiated variant and one short of the deprecated one: naming only the
        // first would send the caller after companyLegalName although the body plainly is partner-initiated.
        assertTrue(e.getMessage().contains(
                "senderDetails.businessCategory (schema WhatsappInputAccountPartnerInitiatedDto)"), e.getMessage());
        assertTrue(e.getMessage().contains("companyLegalName (schema WhatsappInputAccountDtoDeprecated)"),
                e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void operationWithoutBodyIgnoresTheMessageBody() {
        server.enqueue("GET", WEBHOOKS_PATH + "/wh-1", StubResponse.json(200, "{\"id\":\"wh-1\"}"));

        Exchange result = call("sinch-prov:webhooks/get?webhookId=wh-1", "this is { not JSON and not needed");

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        StubRequest sent = lastApiRequest();
        assertEquals("GET", sent.method());
        assertEquals(0, sent.body().length);
        assertNull(sent.header("Content-Type"));
        assertEquals("wh-1", assertInstanceOf(WebhookWebhookDto.class, result.getMessage().getBody()).getId());
    }

    @Test
    void deleteWithoutBodyIgnoresAnIntegerBody() {
        server.enqueue("DELETE", WEBHOOKS_PATH + "/wh-1", StubResponse.status(204));

        Exchange result = call("sinch-prov:webhooks/delete?webhookId=wh-1", 42);

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(0, lastApiRequest().body().length);
        assertNull(result.getMessage().getBody());
        assertEquals(204, result.getMessage().getHeader(SinchProvisioningConstants.HTTP_STATUS));
    }

    private static JsonNode readTree(String json) {
        try {
            return ModelJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
