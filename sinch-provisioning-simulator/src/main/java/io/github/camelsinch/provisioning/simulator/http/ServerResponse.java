package io.github.camelsinch.provisioning.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the simulator is about to send: status, extra headers and a body that is already bytes.
 *
 * @param status      HTTP status code
 * @param headers     extra headers (Content-Type is derived from {@code contentType})
 * @param contentType media type of the body, or null without body
 * @param body        the body, empty for none
 */
public record ServerResponse(int status, Map<String, String> headers, String contentType, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public static ServerResponse json(int status, JsonNode body) {
        return new ServerResponse(status, Map.of(), "application/json", Json.bytes(body));
    }

    public static ServerResponse empty(int status) {
        return new ServerResponse(status, Map.of(), null, NO_BODY);
    }

    public static ServerResponse raw(int status, String contentType, String body) {
        return new ServerResponse(status, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public ServerResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ServerResponse(status, Map.copyOf(copy), contentType, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
