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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds {@link ApiCallException}s from error responses (PAPI bodies or anything else) and from I/O failures. */
final class ErrorResponses {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET_LENGTH = 200;
    /** Text past the kept length that is still scrubbed: longer than any key, token or webhook secret. */
    private static final int SCRUB_MARGIN = 4096;
    /** PAPI messages and resolutions are a sentence or two; more is not worth a log line. */
    private static final int TEXT_LENGTH = 1000;
    /** additionalInformation entries kept, and values per entry. */
    private static final int MAX_INFO_ENTRIES = 50;

    private ErrorResponses() {
    }

    /**
     * Maps a non-2xx response. A PAPI body fills errorCode/message/resolution/additionalInformation; any other
     * body (HTML, text, empty) still gives a typed exception with a cleaned snippet or the reason phrase.
     */
    static ApiCallException fromResponse(ApiRequest request, String sanitizedUri, ApiResponse response,
                                         ErrorKind kind, Duration retryAfter, SecretScrubber scrubber,
                                         String hint) {
        ApiCallException.Builder b = ApiCallException.builder(kind, request.operationId(), sanitizedUri)
                .operation(request.displayName()).hint(hint)
                .httpStatus(response.statusCode()).retryAfter(retryAfter);
        JsonNode papi = parseObject(response.body());
        // Server text goes into messages and logs: secrets it echoes are removed first, then control characters
        // (forged log lines) and excess length.
        String message = papi == null ? null : serverText(scrubber, text(papi, "message"), TEXT_LENGTH);
        if (papi != null) {
            b.errorCode(serverText(scrubber, text(papi, "errorCode"), SNIPPET_LENGTH))
                    .resolution(serverText(scrubber, text(papi, "resolution"), TEXT_LENGTH))
                    .additionalInformation(additionalInformation(papi.get("additionalInformation"), scrubber));
        }
        return b.errorMessage(message != null ? message : fallbackMessage(response, scrubber)).build();
    }

    /** Scrubbed of known secrets, then {@link #cleanSnippet(String, int)}; null stays null. */
    static String serverText(SecretScrubber scrubber, String text, int max) {
        if (text == null) {
            return null;
        }
        // Only a window is scrubbed and cleaned: an error page may be megabytes long. The window is far longer
        // than any secret, so none is cut in half before the scrubber sees it.
        String window = text.length() <= max + SCRUB_MARGIN ? text : text.substring(0, max + SCRUB_MARGIN);
        return cleanSnippet(scrubber.scrub(window), max);
    }

    /** A call that got no HTTP response at all, or only the proxy's. */
    static ApiCallException transportFailure(ApiRequest request, String sanitizedUri, int attempts,
                                             IOException failure) {
        if (failure instanceof ProxyRefusedException refused) {
            return proxyRefused(request.operationId(), request.displayName(), sanitizedUri, refused);
        }
        String message = request.displayName() + " " + sanitizedUri + ": no response after " + attempts
                + " attempt(s): " + describe(failure);
        return ApiCallException.builder(ErrorKind.TRANSPORT, request.operationId(), sanitizedUri)
                .operation(request.displayName()).errorMessage(describe(failure)).message(message).cause(failure)
                .build();
    }

    /** The proxy answered instead of the API: {@link ErrorKind#PROXY} with the proxy's status. */
    static ApiCallException proxyRefused(String operationId, String displayName, String sanitizedUri,
                                         ProxyRefusedException failure) {
        return ApiCallException.builder(ErrorKind.PROXY, operationId, sanitizedUri).operation(displayName)
                .httpStatus(failure.status()).errorMessage(failure.getMessage())
                .message(displayName + " " + sanitizedUri + ": " + failure.getMessage()).cause(failure).build();
    }

    /** A response whose body exceeded maxResponseSize: the server misbehaved, the call is not retried. */
    static ApiCallException tooLarge(String operationId, String displayName, String sanitizedUri,
                                     ResponseTooLargeException failure) {
        String detail = "response body larger than maxResponseSize (" + failure.limit() + " bytes); not read further";
        return ApiCallException.builder(ErrorKind.SERVER, operationId, sanitizedUri).operation(displayName)
                .httpStatus(failure.statusCode()).errorMessage(detail)
                .message(displayName + " " + sanitizedUri + ": " + detail).cause(failure).build();
    }

    static String describe(Throwable failure) {
        String detail = failure.getMessage();
        return failure.getClass().getSimpleName() + (detail == null ? "" : ": " + cleanSnippet(detail));
    }

    /** {@link #cleanSnippet(String, int)} of 200 characters. */
    static String cleanSnippet(String text) {
        return cleanSnippet(text, SNIPPET_LENGTH);
    }

    /**
     * Control characters and line separators (they could forge log lines) become spaces; the first {@code max}
     * characters are kept.
     */
    static String cleanSnippet(String text, int max) {
        String clean = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").trim();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    static String reasonPhrase(int status) {
        String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
        return reason == null ? "HTTP " + status : reason;
    }

    private static String fallbackMessage(ApiResponse response, SecretScrubber scrubber) {
        byte[] body = response.body();
        String head = new String(body, 0, Math.min(body.length, SNIPPET_LENGTH + SCRUB_MARGIN), StandardCharsets.UTF_8);
        String snippet = serverText(scrubber, head, SNIPPET_LENGTH);
        return snippet.isEmpty() ? reasonPhrase(response.statusCode()) : snippet;
    }

    /** Values are a string or an array of strings; anything else is kept as its JSON text. */
    private static Map<String, List<String>> additionalInformation(JsonNode node, SecretScrubber scrubber) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return result;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (result.size() >= MAX_INFO_ENTRIES) {
                break;
            }
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                for (JsonNode item : field.getValue()) {
                    if (values.size() >= MAX_INFO_ENTRIES) {
                        break;
                    }
                    values.add(serverText(scrubber, item.isValueNode() ? item.asText() : item.toString(),
                            TEXT_LENGTH));
                }
            } else if (!field.getValue().isNull()) {
                values.add(serverText(scrubber, field.getValue().isValueNode() ? field.getValue().asText()
                        : field.getValue().toString(), TEXT_LENGTH));
            }
            result.put(serverText(scrubber, field.getKey(), SNIPPET_LENGTH), values);
        }
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
