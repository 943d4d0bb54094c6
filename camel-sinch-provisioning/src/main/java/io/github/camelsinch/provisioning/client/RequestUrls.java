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

import org.apache.hc.core5.http.HttpHost;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Turns an {@link ApiRequest} into the target sent below a base URL, encoding every caller-supplied value. */
final class RequestUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A base URL (validated by {@link EndpointUrls}: absolute, no trailing slash, query or user info) parsed once:
     * the host every call goes to, and the path the operation paths are appended to.
     */
    record Base(String url, HttpHost host, String pathPrefix) {
    }

    private RequestUrls() {
    }

    static Base base(String baseUrl) {
        URI base = URI.create(baseUrl);
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        return new Base(baseUrl, new HttpHost(base.getScheme(), base.getHost(), base.getPort()),
                prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
    }

    /**
     * The path below the base URL and the query, encoded. Sent as the request target of a request whose host is
     * {@link Base#host()}: the host is never parsed out of a string built from caller values, so no template or value
     * can move a call to another host, and no URI is parsed per call.
     */
    static String pathAndQuery(ApiRequest request) {
        StringBuilder url = new StringBuilder(request.pathTemplate().length() + 64);
        appendPath(url, request);
        char separator = '?';
        for (QueryParameter p : request.queryParameters()) {
            url.append(separator);
            appendEncoded(url, p.name());
            url.append('=');
            appendEncoded(url, p.value());
            separator = '&';
        }
        return url.toString();
    }

    private static void appendPath(StringBuilder out, ApiRequest request) {
        String template = request.pathTemplate();
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                out.append(template, from, template.length());
                return;
            }
            String name = template.substring(open + 1, close);
            if (name.isEmpty() || name.indexOf('{') >= 0 || name.indexOf('/') >= 0) {
                // Not a placeholder (as "{" + "a/b}" in a literal segment): keep the text as it is.
                out.append(template, from, open + 1);
                from = open + 1;
                continue;
            }
            String value = request.pathParameters().get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing path parameter '" + name + "' for "
                        + request.displayName());
            }
            if (value.isEmpty() || value.equals(".") || value.equals("..")) {
                // These would collapse or climb the path instead of naming a resource.
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty, '.' or '..'");
            }
            out.append(template, from, open);
            appendEncoded(out, value);
            from = close + 1;
        }
    }

    /**
     * Percent-encodes everything except RFC 3986 unreserved characters. Stricter than needed, always valid: a '/'
     * or '?' in an id can never add a path segment or start a query.
     */
    private static void appendEncoded(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isUnreserved(c)) {
                out.append(c);
            } else if (c < 0x80) {
                appendByte(out, c);
            } else {
                // Non-ASCII: encode the UTF-8 bytes of the rest (rare; ids and names are ASCII in practice).
                for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    char ch = (char) (b & 0xFF);
                    if (isUnreserved(ch)) {
                        out.append(ch);
                    } else {
                        appendByte(out, b & 0xFF);
                    }
                }
                return;
            }
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
