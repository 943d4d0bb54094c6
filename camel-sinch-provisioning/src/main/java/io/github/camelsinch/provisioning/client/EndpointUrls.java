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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for the URLs a secret travels to: the API and token URLs (the bearer token and the key secret go in
 * headers) and the webhook target (callbacks can carry third-party tokens). TLS is mandatory; plain http is tolerated
 * only for loopback hosts, a local simulator, where nothing leaves the machine.
 */
public final class EndpointUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private EndpointUrls() {
    }

    /**
     * An absolute https URL, or http to a loopback host, without user info (credentials in a URL end up in logs and
     * messages); throws IllegalArgumentException naming the option, what is wrong and what is valid. The host is
     * checked by name, never resolved, so DNS cannot change the answer.
     */
    public static URI requireHttpsOrLoopback(String option, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
        URI uri = parse(option, url);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException(option + " must be an absolute https URL, got: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(option + " must not contain user info");
        }
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(option + " must use https; plain http is only accepted for loopback"
                    + " hosts (localhost, 127.0.0.0/8, [::1]), got: " + url);
        }
        return uri;
    }

    /** {@link #requireHttpsOrLoopback} without a query or a fragment; returns the URL without a trailing slash. */
    static String requireSecureAbsolute(String option, String url) {
        URI uri = requireHttpsOrLoopback(option, url);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(option + " must not contain a query or a fragment: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Plain http is accepted for loopback hosts because it never leaves the machine; a proxy elsewhere would carry
     * it (bearer token, key secret) off the machine in clear, and "localhost" would then mean the proxy's host.
     */
    static void requireLocalWhenProxied(String option, String url, ProxySettings proxy) {
        if (proxy == null || proxy.isLoopback()) {
            return;
        }
        URI uri = parse(option, url);
        if ("http".equalsIgnoreCase(uri.getScheme()) && proxy.appliesTo(uri.getHost())) {
            throw new IllegalArgumentException(option + " " + url + " is plain http, accepted only because it stays"
                    + " on this machine, but the proxy " + proxy.address() + " would carry it off in clear: add "
                    + uri.getHost() + " to nonProxyHosts, or use a proxy on this machine");
        }
    }

    /** True for localhost and loopback IP literals; never resolves a name, so DNS cannot change the answer. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || IPV4_LOOPBACK.matcher(h).matches();
    }

    private static URI parse(String option, String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + " is not a valid URL: " + url, e);
        }
    }
}
