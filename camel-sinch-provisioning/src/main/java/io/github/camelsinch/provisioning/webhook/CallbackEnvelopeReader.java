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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.client.LogText;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.tracking.WatchedResource;
import io.github.camelsinch.provisioning.tracking.WatchedResources;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the body of a correctly signed callback into a {@link CallbackEnvelope}, or says why the receiver cannot
 * use it. A signature proves who sent a body, not that it is well formed: every field the receiver relies on is
 * checked here, before any exchange exists, so a malformed callback is answered 400 and counted instead of
 * reaching the route with a null body or resource id. Pure: bytes in, a verdict out.
 * <p>
 * What is checked:
 * <ul>
 *   <li>the body is a JSON object ({@link RejectionReason#MALFORMED_EVENT});</li>
 *   <li>{@code type} is a trigger name: {@code A-Z}, {@code 0-9} and {@code _}, at most {@value #MAX_TYPE_LENGTH}
 *       characters ({@code MALFORMED_EVENT});</li>
 *   <li>{@code comment}, when present, is a string of at most {@value #MAX_COMMENT_LENGTH} characters
 *       ({@code MALFORMED_EVENT});</li>
 *   <li>{@code payload}, when present, is a JSON object, and it is present for every trigger whose kind has a
 *       model ({@link RejectionReason#MALFORMED_PAYLOAD});</li>
 *   <li>the payload's id fields (the ones the poll identifies the resource by: {@code id}, a template's
 *       {@code name} and {@code language}, {@code plusFriendId}, {@code code}) are present and not blank
 *       ({@link RejectionReason#MISSING_RESOURCE_ID}), strings of at most {@value #MAX_ID_LENGTH} characters
 *       without control characters ({@link RejectionReason#MALFORMED_RESOURCE_ID}).</li>
 * </ul>
 * Whether the payload fits its model is checked when it is converted ({@link CallbackInterpreter}).
 */
final class CallbackEnvelopeReader {

    static final int MAX_TYPE_LENGTH = 100;
    static final int MAX_ID_LENGTH = 512;
    static final int MAX_COMMENT_LENGTH = 65_536;

    private static final Pattern TRIGGER_NAME = Pattern.compile("[A-Z0-9_]{1," + MAX_TYPE_LENGTH + "}");

    /**
     * An envelope, or why the body was refused.
     *
     * @param problem what is wrong, naming fields and limits only: never a value from the body, which may hold
     *                tokens and goes to a log
     */
    record Reading(CallbackEnvelope envelope, RejectionReason rejection, String problem) {

        static Reading accepted(CallbackEnvelope envelope) {
            return new Reading(envelope, null, null);
        }

        static Reading refused(RejectionReason reason, String problem) {
            return new Reading(null, reason, problem);
        }

        boolean isAccepted() {
            return envelope != null;
        }
    }

    private CallbackEnvelopeReader() {
    }

    static Reading read(byte[] rawBody) {
        JsonNode json;
        try {
            json = ModelJson.mapper().readTree(rawBody);
        } catch (IOException notJson) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "the body is not JSON");
        }
        if (json == null || !json.isObject()) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "the body is "
                    + (json == null || json.isMissingNode() ? "empty" : describe(json)) + ", expected a JSON object");
        }
        JsonNode type = json.get("type");
        if (absent(type)) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "type is missing");
        }
        if (!type.isTextual() || !TRIGGER_NAME.matcher(type.textValue()).matches()) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "type is " + (type.isTextual()
                    ? "not a trigger name" : describe(type)) + ", expected a trigger name (A-Z, 0-9 and _, at most "
                    + MAX_TYPE_LENGTH + " characters)");
        }
        String trigger = type.textValue();
        JsonNode comment = json.get("comment");
        if (!absent(comment) && !comment.isTextual()) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "comment is " + describe(comment)
                    + ", expected a string");
        }
        if (!absent(comment) && comment.textValue().length() > MAX_COMMENT_LENGTH) {
            return Reading.refused(RejectionReason.MALFORMED_EVENT, "comment is longer than " + MAX_COMMENT_LENGTH
                    + " characters");
        }
        JsonNode payload = json.get("payload");
        Optional<CallbackResourceKind> kind = CallbackResourceKind.of(trigger);
        if (absent(payload)) {
            if (kind.isPresent() && kind.get().modelType().isPresent()) {
                return Reading.refused(RejectionReason.MALFORMED_PAYLOAD, "payload is missing, expected the "
                        + kind.get().modelType().get().getSimpleName() + " of a " + trigger + " callback");
            }
            payload = null;
        } else if (!payload.isObject()) {
            return Reading.refused(RejectionReason.MALFORMED_PAYLOAD, "payload is " + describe(payload)
                    + ", expected a JSON object");
        } else {
            Optional<Reading> badId = checkIds(kind, payload);
            if (badId.isPresent()) {
                return badId.get();
            }
        }
        return Reading.accepted(new CallbackEnvelope(trigger, payload, absent(comment) ? null : comment.textValue(),
                json));
    }

    /** The fields the poll identifies the resource by; none for kinds identified by the project or unknown. */
    private static Optional<Reading> checkIds(Optional<CallbackResourceKind> kind, JsonNode payload) {
        List<String> idFields = kind.flatMap(CallbackResourceKind::watchedOperation).flatMap(WatchedResources::find)
                .filter(r -> r.idSource() == WatchedResource.IdSource.ITEM_FIELDS)
                .map(WatchedResource::idFields).orElse(List.of());
        for (String field : idFields) {
            JsonNode value = at(payload, field);
            String name = "payload." + field;
            if (absent(value)) {
                return Optional.of(Reading.refused(RejectionReason.MISSING_RESOURCE_ID, name + " is "
                        + (value.isNull() ? "null" : "missing")));
            }
            if (!value.isTextual()) {
                return Optional.of(Reading.refused(RejectionReason.MALFORMED_RESOURCE_ID, name + " is "
                        + describe(value) + ", expected a string"));
            }
            String id = value.textValue();
            if (id.isBlank()) {
                return Optional.of(Reading.refused(RejectionReason.MISSING_RESOURCE_ID, name + " is empty"));
            }
            if (id.length() > MAX_ID_LENGTH) {
                return Optional.of(Reading.refused(RejectionReason.MALFORMED_RESOURCE_ID, name + " is longer than "
                        + MAX_ID_LENGTH + " characters"));
            }
            if (LogText.hasControlCharacters(id)) {
                return Optional.of(Reading.refused(RejectionReason.MALFORMED_RESOURCE_ID, name
                        + " holds control characters"));
            }
        }
        return Optional.empty();
    }

    private static JsonNode at(JsonNode item, String dottedPath) {
        JsonNode node = item;
        for (String segment : dottedPath.split("\\.")) {
            node = node.path(segment);
        }
        return node;
    }

    /** Absent and JSON null mean the same: the field is not there. */
    private static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    private static String describe(JsonNode node) {
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
    }
}
