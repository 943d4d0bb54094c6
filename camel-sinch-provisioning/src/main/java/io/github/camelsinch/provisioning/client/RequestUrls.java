package io.github.camelsinch.provisioning.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns base URL + {@link ApiRequest} into the URI to call, encoding every caller-supplied value. */
final class RequestUrls {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestUrls() {
    }

    static URI build(String baseUrl, ApiRequest request) {
        StringBuilder url = new StringBuilder(baseUrl).append(expandPath(request));
        char separator = '?';
        for (QueryParameter p : request.queryParameters()) {
            url.append(separator).append(encode(p.name())).append('=').append(encode(p.value()));
            separator = '&';
        }
        URI uri = URI.create(url.toString());
        URI base = URI.create(baseUrl);
        // Belt and braces: whatever the template holds, the call must stay on the configured host and port.
        if (!base.getHost().equalsIgnoreCase(uri.getHost()) || base.getPort() != uri.getPort()) {
            throw new IllegalArgumentException("request for " + request.operationId() + " leaves the base URL host");
        }
        return uri;
    }

    /** Replaces each {name} by its value encoded as a single segment; a missing value names itself. */
    static String expandPath(ApiRequest request) {
        Matcher m = PLACEHOLDER.matcher(request.pathTemplate());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = request.pathParameters().get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing path parameter '" + name + "' for "
                        + request.operationId());
            }
            if (value.isEmpty() || value.equals(".") || value.equals("..")) {
                // These would collapse or climb the path instead of naming a resource.
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty, '.' or '..'");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(path);
        return path.toString();
    }

    /**
     * Percent-encodes everything except RFC 3986 unreserved characters. Stricter than needed, always valid: a '/'
     * or '?' in an id can never add a path segment or start a query.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
