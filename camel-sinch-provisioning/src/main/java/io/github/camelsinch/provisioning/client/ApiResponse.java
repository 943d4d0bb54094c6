package io.github.camelsinch.provisioning.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fully read HTTP response. Header names are looked up case-insensitively; the body is never null. */
public final class ApiResponse {

    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int attempts;

    public ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
        this.statusCode = statusCode;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            // Merge rather than put: two spellings of one name must not hide each other's values.
            headers.forEach((name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body;
        this.attempts = 1;
    }

    private ApiResponse(ApiResponse response, int attempts) {
        this.statusCode = response.statusCode;
        this.headers = response.headers;
        this.body = response.body;
        this.attempts = attempts;
    }

    /** This response, as the outcome of a call that took {@code attempts} HTTP requests. */
    ApiResponse withAttempts(int attempts) {
        return new ApiResponse(this, attempts);
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode <= 299;
    }

    /** First value of the header, or null; the name is case-insensitive. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All headers, keyed case-insensitively. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The raw body; empty (never null) when the response had none. Not copied: do not mutate. */
    public byte[] body() {
        return body;
    }

    /**
     * The HTTP requests the call sent to get this response: 1, plus one per retry, plus one for the resend with a
     * fresh token after a 401. Token requests are not counted.
     */
    public int attempts() {
        return attempts;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + statusCode + ", body=" + body.length + " bytes, attempts=" + attempts + "]";
    }
}
