package io.github.camelsinch.provisioning.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;
import java.util.Optional;

/**
 * The body Sinch POSTs to a webhook (contract schema {@code WebhookCallbackEvent}): the trigger in {@code type}, the
 * resource as it is at delivery time in {@code payload} (absent for RCS_ACCOUNT_COMMENT_ADDED), and the
 * {@code comment} of *_COMMENT_ADDED events. Other fields (RCS_SENDER_STATUS_UPDATED's previousState...) stay in
 * {@link #json()}.
 *
 * @param payload the resource JSON; null when absent
 * @param comment null when absent
 * @param json    the whole envelope as received
 */
record CallbackEnvelope(String type, JsonNode payload, String comment, JsonNode json) {

    /** The envelope of a verified body; empty when it is not a JSON object with a textual, non-blank type. */
    static Optional<CallbackEnvelope> parse(byte[] rawBody) {
        JsonNode json;
        try {
            json = ModelJson.mapper().readTree(rawBody);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (json == null || !json.isObject() || !json.path("type").isTextual() || json.path("type").asText().isBlank()) {
            return Optional.empty();
        }
        JsonNode payload = json.get("payload");
        JsonNode comment = json.get("comment");
        return Optional.of(new CallbackEnvelope(json.get("type").asText(),
                payload != null && payload.isObject() ? payload : null,
                comment != null && comment.isTextual() ? comment.asText() : null, json));
    }
}
