package io.github.camelsinch.provisioning.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates the configurable base and token URLs. TLS is mandatory because the bearer token and the key secret
 * travel in headers; plain http is tolerated only for loopback simulators, where nothing leaves the machine.
 */
final class EndpointUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private EndpointUrls() {
    }

    /** Returns the URL without a trailing slash, or throws IllegalArgumentException naming the option. */
    static String requireSecureAbsolute(String option, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
        URI uri = parse(option, url);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException(option + " must be an absolute https URL, got: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs and exception messages; they belong in keyId/keySecret.
            throw new IllegalArgumentException(option + " must not contain user info");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(option + " must not contain a query or a fragment: " + url);
        }
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(option + " must use https; plain http is only accepted for loopback"
                    + " simulators (localhost, 127.0.0.0/8, [::1]), got: " + url);
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
