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
package io.github.camelsinch.provisioning.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed envelope shape and the reason it is refused with, and the shapes that are accepted. The problem
 * text goes to a log: it names the field and never quotes the value ("SECRETVALUE" in the bodies below).
 */
class CallbackEnvelopeReaderTest {

    private static final String LONG_ID = "s".repeat(CallbackEnvelopeReader.MAX_ID_LENGTH + 1);

    static Stream<Arguments> malformed() {
        return Stream.of(
                refused("not JSON", "SECRETVALUE", RejectionReason.MALFORMED_EVENT, "not JSON"),
                refused("empty body", "", RejectionReason.MALFORMED_EVENT, "empty"),
                refused("a JSON string", "\"SECRETVALUE\"", RejectionReason.MALFORMED_EVENT, "a string"),
                refused("a JSON array", "[\"SECRETVALUE\"]", RejectionReason.MALFORMED_EVENT, "an array"),
                refused("no type", "{\"payload\":{\"id\":\"SECRETVALUE\"}}", RejectionReason.MALFORMED_EVENT,
                        "type is missing"),
                refused("null type", "{\"type\":null}", RejectionReason.MALFORMED_EVENT, "type is missing"),
                refused("numeric type", "{\"type\":42}", RejectionReason.MALFORMED_EVENT, "type is a number"),
                refused("blank type", "{\"type\":\"  \"}", RejectionReason.MALFORMED_EVENT, "not a trigger name"),
                refused("type with a line break", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\\nFORGED\"}",
                        RejectionReason.MALFORMED_EVENT, "not a trigger name"),
                refused("type too long", "{\"type\":\"" + "A".repeat(CallbackEnvelopeReader.MAX_TYPE_LENGTH + 1)
                        + "\"}", RejectionReason.MALFORMED_EVENT, "not a trigger name"),
                refused("comment not a string", "{\"type\":\"RCS_ACCOUNT_COMMENT_ADDED\",\"comment\":{\"x\":1}}",
                        RejectionReason.MALFORMED_EVENT, "comment is an object"),
                refused("comment too long", "{\"type\":\"RCS_ACCOUNT_COMMENT_ADDED\",\"comment\":\""
                        + "c".repeat(CallbackEnvelopeReader.MAX_COMMENT_LENGTH + 1) + "\"}",
                        RejectionReason.MALFORMED_EVENT, "comment is longer than"),
                refused("payload is a string", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":\"SECRETVALUE\"}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is a string, expected a JSON object"),
                refused("payload is an array", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":[{\"id\":\"s\"}]}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is an array"),
                refused("payload is a number of an unknown trigger", "{\"type\":\"NEW_THING_HAPPENED\",\"payload\":7}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is a number"),
                refused("payload missing", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\"}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is missing, expected the WhatsappTemplateDto"),
                refused("payload null", "{\"type\":\"BUNDLE_DONE\",\"payload\":null}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is missing"),
                refused("account payload missing", "{\"type\":\"WHATSAPP_ACCOUNT_ONBOARDED\"}",
                        RejectionReason.MALFORMED_PAYLOAD, "payload is missing"),
                refused("id missing", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"state\":\"SECRETVALUE\"}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.id is missing"),
                refused("id null", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":null}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.id is null"),
                refused("id empty", "{\"type\":\"BUNDLE_DONE\",\"payload\":{\"id\":\"\"}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.id is empty"),
                refused("id blank", "{\"type\":\"RCS_SENDER_STATUS_UPDATED\",\"payload\":{\"id\":\"   \"}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.id is empty"),
                refused("id a number", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":42}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.id is a number, expected a string"),
                refused("id a boolean", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":true}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.id is a boolean"),
                refused("id an object",
                        "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":{\"v\":\"SECRETVALUE\"}}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.id is an object"),
                refused("id too long", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"" + LONG_ID + "\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.id is longer than 512 characters"),
                refused("id with CR LF",
                        "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\\r\\nWARN forged\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.id holds control characters"),
                refused("id with NUL", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s\\u0000\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "control characters"),
                refused("id with a line separator",
                        "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s\u2028x\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "control characters"),
                refused("template without language", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":"
                        + "{\"name\":\"promo\"}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.language is missing"),
                refused("template name a number", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":"
                        + "{\"name\":7,\"language\":\"EN\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.name is a number"),
                refused("KakaoTalk sender without plusFriendId", "{\"type\":\"KAKAOTALK_SENDER_ACTIVE\",\"payload\":"
                        + "{\"id\":\"k1\"}}",
                        RejectionReason.MISSING_RESOURCE_ID, "payload.plusFriendId is missing"),
                refused("KakaoTalk template code a number", "{\"type\":\"KAKAOTALK_TEMPLATE_APPROVED\",\"payload\":"
                        + "{\"code\":123}}",
                        RejectionReason.MALFORMED_RESOURCE_ID, "payload.code is a number"));
    }

    private static Arguments refused(String name, String body, RejectionReason reason, String problem) {
        return Arguments.of(name, body, reason, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusedWithAReasonThatNamesTheProblem(String name, String body, RejectionReason reason, String problem) {
        CallbackEnvelopeReader.Reading reading = read(body);

        assertFalse(reading.isAccepted(), name);
        assertNull(reading.envelope());
        assertEquals(reason, reading.rejection(), name);
        assertEquals(400, reading.rejection().httpStatus());
        assertTrue(reading.problem().contains(problem), () -> name + ": " + reading.problem());
        assertFalse(reading.problem().contains("SECRETVALUE"), "no value of the body: " + reading.problem());
        assertTrue(reading.problem().length() < 200, reading.problem());
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("a sender", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\"}}"),
                Arguments.of("a template", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":"
                        + "{\"name\":\"promo\",\"language\":\"EN\"}}"),
                Arguments.of("an id at the length limit", "{\"type\":\"BUNDLE_DONE\",\"payload\":{\"id\":\""
                        + LONG_ID.substring(1) + "\"}}"),
                Arguments.of("the WhatsApp account (identified by the project)",
                        "{\"type\":\"WHATSAPP_ACCOUNT_ONBOARDED\",\"payload\":{\"state\":\"ONBOARDED\"}}"),
                Arguments.of("an RCS account comment without payload",
                        "{\"type\":\"RCS_ACCOUNT_COMMENT_ADDED\",\"comment\":\"Brand verified\"}"),
                Arguments.of("a comment with line breaks", "{\"type\":\"WHATSAPP_SENDER_COMMENT_ADDED\","
                        + "\"payload\":{\"id\":\"s1\"},\"comment\":\"a\\nb\"}"),
                Arguments.of("a null comment", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\"},"
                        + "\"comment\":null}"),
                Arguments.of("an unknown trigger without payload", "{\"type\":\"NEW_THING_HAPPENED\"}"),
                Arguments.of("an unknown trigger with any object", "{\"type\":\"NEW_THING_HAPPENED\","
                        + "\"payload\":{\"x\":[1]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void accepted(String name, String body) {
        CallbackEnvelopeReader.Reading reading = read(body);

        assertTrue(reading.isAccepted(), () -> name + ": " + reading.problem());
        assertNull(reading.rejection());
    }

    @Test
    void theEnvelopeHoldsTheCheckedFields() {
        CallbackEnvelope envelope = read("{\"type\":\"WHATSAPP_SENDER_COMMENT_ADDED\",\"payload\":{\"id\":\"s1\"},"
                + "\"comment\":\"Please hurry\",\"extra\":1}").envelope();

        assertEquals("WHATSAPP_SENDER_COMMENT_ADDED", envelope.type());
        assertEquals("s1", envelope.payload().path("id").asText());
        assertEquals("Please hurry", envelope.comment());
        assertEquals(1, envelope.json().path("extra").asInt(), "other fields stay in the JSON");
        assertNull(read("{\"type\":\"RCS_ACCOUNT_COMMENT_ADDED\",\"payload\":null}").envelope().payload());
    }

    private static CallbackEnvelopeReader.Reading read(String body) {
        return CallbackEnvelopeReader.read(body.getBytes(StandardCharsets.UTF_8));
    }
}
