package io.github.camelsinch.provisioning.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/** Builds {@link SinchApiException}s from error responses (PAPI bodies or anything else) and from I/O failures. */
final class ErrorResponses {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET_LENGTH = 200;

    private ErrorResponses() {
    }

    /**
     * Maps a non-2xx response. A PAPI body fills errorCode/message/resolution/additionalInformation; any other
     * body (HTML, text, empty) still gives a typed exception with a cleaned snippet or the reason phrase.
     */
    static SinchApiException fromResponse(String operationId, String sanitizedUri, ApiResponse response,
                                          ErrorKind kind, Duration retryAfter) {
        SinchApiException.Builder b = SinchApiException.builder(kind, operationId, sanitizedUri)
                .httpStatus(response.statusCode()).retryAfter(retryAfter);
        JsonNode papi = parseObject(response.body());
        String message = papi == null ? null : text(papi, "message");
        if (papi != null) {
            b.errorCode(text(papi, "errorCode")).resolution(text(papi, "resolution"))
                    .additionalInformation(additionalInformation(papi.get("additionalInformation")));
        }
        return b.errorMessage(message != null ? message : fallbackMessage(response)).build();
    }

    /** A call that got no HTTP response at all. */
    static SinchApiException transportFailure(String operationId, String sanitizedUri, int attempts,
                                              IOException failure) {
        String message = operationId + " " + sanitizedUri + ": no response after " + attempts + " attempt(s): "
                + describe(failure);
        return SinchApiException.builder(ErrorKind.TRANSPORT, operationId, sanitizedUri)
                .errorMessage(describe(failure)).message(message).cause(failure).build();
    }

    static String describe(Throwable failure) {
        String detail = failure.getMessage();
        return failure.getClass().getSimpleName() + (detail == null ? "" : ": " + cleanSnippet(detail));
    }

    /** Removes control characters (they could forge log lines) and keeps the first 200 characters. */
    static String cleanSnippet(String text) {
        String clean = text.replaceAll("\\p{Cntrl}+", " ").trim();
        return clean.length() <= SNIPPET_LENGTH ? clean : clean.substring(0, SNIPPET_LENGTH);
    }

    static String reasonPhrase(int status) {
        String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
        return reason == null ? "HTTP " + status : reason;
    }

    private static String fallbackMessage(ApiResponse response) {
        String snippet = cleanSnippet(response.bodyAsString());
        return snippet.isEmpty() ? reasonPhrase(response.statusCode()) : snippet;
    }

    /** Values are a string or an array of strings; anything else is kept as its JSON text. */
    private static Map<String, List<String>> additionalInformation(JsonNode node) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return result;
        }
        node.properties().forEach(field -> {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> values.add(item.isValueNode() ? item.asText() : item.toString()));
            } else if (!field.getValue().isNull()) {
                values.add(field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
            }
            result.put(field.getKey(), values);
        });
        return result;
    }

    static JsonNode parseObject(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
