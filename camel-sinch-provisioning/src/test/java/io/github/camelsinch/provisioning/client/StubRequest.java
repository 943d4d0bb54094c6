package io.github.camelsinch.provisioning.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as the {@link StubServer} received it.
 *
 * @param rawQuery the query string as sent (still percent-encoded), or null
 * @param headers  case-insensitive header map
 */
public record StubRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                              byte[] body) {

    /** First value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Path plus {@code ?query} when there is one, as sent. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
