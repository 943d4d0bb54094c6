package io.github.camelsinch.provisioning.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One request the simulator received, as the request log keeps it. The {@code authorization} header keeps only its
 * scheme ({@code Basic ***}, {@code Bearer ***}), and a client secret in a token request body is masked.
 *
 * @param at      when it arrived (simulator clock)
 * @param method  HTTP method
 * @param path    decoded path
 * @param query   raw query string, or empty
 * @param headers request headers, names in lower case
 * @param body    request body as text
 * @param status  response status, or 0 when the connection was dropped
 */
public record RecordedRequest(Instant at, String method, String path, String query, Map<String, String> headers,
                              String body, int status) {
}
