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

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The proxy answered instead of the API: a 407, or a CONNECT tunnel it would not open. The message names the proxy
 * and what to change, never the credentials; the proxy's own body is not kept (an error page may echo the request
 * headers, Proxy-Authorization included).
 */
final class ProxyRefusedException extends IOException {

    private static final long serialVersionUID = 1L;
    /** Schemes HttpClient answers with the configured credentials. */
    private static final List<String> SUPPORTED_SCHEMES = List.of("basic", "digest");

    private final int status;
    private final boolean tunnelRefused;

    private ProxyRefusedException(String message, int status, boolean tunnelRefused) {
        super(message);
        this.status = status;
        this.tunnelRefused = tunnelRefused;
    }

    /**
     * A 407 after the proxy's challenge was answered (or could not be).
     *
     * @param schemes the schemes of the proxy's Proxy-Authenticate headers, lower case
     */
    static ProxyRefusedException authenticationFailed(ProxySettings proxy, List<String> schemes) {
        String asked = schemes.isEmpty() ? "" : ", it asks for " + LogText.of(String.join(", ", schemes), 100);
        String message;
        if (!proxy.hasCredentials()) {
            message = "the proxy " + proxy.address() + " requires authentication (HTTP 407" + asked + "): set"
                    + " proxyAuthUsername and proxyAuthPassword";
        } else if (!schemes.isEmpty() && schemes.stream().noneMatch(SUPPORTED_SCHEMES::contains)) {
            message = "proxy authentication failed at " + proxy.address() + " (HTTP 407" + asked + "): only Basic"
                    + " and Digest are supported, so proxyAuthUsername/proxyAuthPassword were not sent";
        } else {
            message = "proxy authentication failed at " + proxy.address() + " (HTTP 407" + asked + "): the proxy"
                    + " rejected proxyAuthUsername/proxyAuthPassword";
        }
        return new ProxyRefusedException(message, 407, false);
    }

    /** A CONNECT answered with anything but 2xx: the tunnel to {@code target} was never opened. */
    static ProxyRefusedException tunnelRefused(ProxySettings proxy, String target, int status) {
        return new ProxyRefusedException("the proxy " + proxy.address() + " refused the tunnel to "
                + LogText.of(target) + " (HTTP " + status + " " + ErrorResponses.reasonPhrase(status)
                + "); the API was not reached", status, true);
    }

    /** The proxy's status code. */
    int status() {
        return status;
    }

    /**
     * A tunnel refused because the proxy could not reach the API or is overloaded (502, 503, 504): nothing reached
     * the API, so even a POST may be resent.
     */
    boolean isTransient() {
        return tunnelRefused && (status == 502 || status == 503 || status == 504);
    }

    static String scheme(String challenge) {
        String c = challenge.trim();
        int space = c.indexOf(' ');
        return (space < 0 ? c : c.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
