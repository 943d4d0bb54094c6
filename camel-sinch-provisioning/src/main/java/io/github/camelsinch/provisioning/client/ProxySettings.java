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

import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The HTTP proxy the calls go through: its host and port, the hosts exempt from it, and optional credentials that
 * are given to the proxy only (never to the API) when it asks with a 407. Immutable and validated on creation;
 * {@link #toString()} shows neither the username nor the password.
 */
public final class ProxySettings {

    /** The JVM's system properties this class reads when asked to ({@link #fromSystemProperties}). */
    public static final String HOST_PROPERTY = "https.proxyHost";
    public static final String PORT_PROPERTY = "https.proxyPort";
    public static final String NON_PROXY_HOSTS_PROPERTY = "http.nonProxyHosts";

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._\\-]*[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final String host;
    private final int port;
    private final NonProxyHosts nonProxyHosts;
    private final String username;
    private final String password;

    private ProxySettings(String host, int port, NonProxyHosts nonProxyHosts, String username, String password) {
        this.host = host;
        this.port = port;
        this.nonProxyHosts = nonProxyHosts;
        this.username = username;
        this.password = password;
    }

    /**
     * A proxy at {@code host:port}, without exemptions or credentials.
     *
     * @throws IllegalArgumentException naming proxyHost or proxyPort when the host is not a bare host name or IP
     *                                  address (a URL, a port or user info in it) or the port is not 1-65535
     */
    public static ProxySettings of(String host, int port) {
        return new ProxySettings(requireHost("proxyHost", host), requirePort("proxyPort", port), NonProxyHosts.NONE,
                null, null);
    }

    /**
     * The proxy the JVM's standard properties name for HTTPS ({@code https.proxyHost}, {@code https.proxyPort},
     * default 443, and {@code http.nonProxyHosts} with the JVM's loopback defaults), or null when
     * {@code https.proxyHost} is unset or empty, in which case the JVM connects directly too.
     *
     * @throws IllegalArgumentException naming the property when https.proxyHost or https.proxyPort is unusable
     */
    public static ProxySettings fromSystemProperties(Properties properties) {
        String host = properties.getProperty(HOST_PROPERTY);
        if (host == null || host.isBlank()) {
            return null;
        }
        String portText = properties.getProperty(PORT_PROPERTY);
        int port;
        if (portText == null || portText.isBlank()) {
            port = 443;
        } else {
            try {
                port = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The system property " + PORT_PROPERTY + " must be a port number"
                        + " 1-65535, got: " + LogText.of(portText));
            }
        }
        return new ProxySettings(requireHost("The system property " + HOST_PROPERTY, host.trim()),
                requirePort("The system property " + PORT_PROPERTY, port),
                NonProxyHosts.fromSystemProperty(properties.getProperty(NON_PROXY_HOSTS_PROPERTY)), null, null);
    }

    /**
     * These settings with the hosts reached directly, in the JVM's {@code http.nonProxyHosts} syntax
     * ({@code *.internal.example|10.*|localhost}); null or blank for none.
     *
     * @throws IllegalArgumentException naming nonProxyHosts and the entry that is not a host pattern
     */
    public ProxySettings withNonProxyHosts(String hosts) {
        return new ProxySettings(host, port, NonProxyHosts.parse("nonProxyHosts", hosts), username, password);
    }

    /**
     * These settings with the credentials the proxy gets when it answers 407 (Basic or Digest); both are required.
     *
     * @throws IllegalArgumentException naming proxyAuthUsername or proxyAuthPassword, never their values
     */
    public ProxySettings withCredentials(String proxyAuthUsername, String proxyAuthPassword) {
        if (proxyAuthUsername == null || proxyAuthUsername.isEmpty()) {
            throw new IllegalArgumentException("proxyAuthUsername is required with proxyAuthPassword");
        }
        if (proxyAuthPassword == null || proxyAuthPassword.isEmpty()) {
            throw new IllegalArgumentException("proxyAuthPassword is required with proxyAuthUsername");
        }
        if (proxyAuthUsername.indexOf(':') >= 0) {
            // Basic sends "username:password": a colon in the username would move part of it into the password.
            throw new IllegalArgumentException("proxyAuthUsername must not contain ':' (HTTP Basic cannot carry it)");
        }
        if (LogText.hasControlCharacters(proxyAuthUsername) || LogText.hasControlCharacters(proxyAuthPassword)) {
            throw new IllegalArgumentException("proxyAuthUsername and proxyAuthPassword must not contain control"
                    + " characters (line breaks, tabs)");
        }
        return new ProxySettings(host, port, nonProxyHosts, proxyAuthUsername, proxyAuthPassword);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** {@code host:port}, an IPv6 address in brackets: how messages name the proxy. */
    public String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The exemptions as configured; empty when every host goes through the proxy. */
    public String nonProxyHosts() {
        return nonProxyHosts.text();
    }

    public boolean hasCredentials() {
        return username != null;
    }

    /** True when calls to {@code targetHost} go through this proxy, false when nonProxyHosts exempts it. */
    public boolean appliesTo(String targetHost) {
        return !nonProxyHosts.matches(targetHost);
    }

    /** True when the proxy runs on this machine, so traffic to it never leaves it. */
    public boolean isLoopback() {
        return EndpointUrls.isLoopback(host);
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    HttpHost httpHost() {
        return new HttpHost("http", host, port);
    }

    private static String requireHost(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
        String v = value.trim();
        String hint = " (got: " + LogText.of(v) + ")";
        if (v.contains("://") || v.contains("/") || v.contains("@")) {
            throw new IllegalArgumentException(option + " must be a host name or IP address, not a URL; the port"
                    + " goes in proxyPort and credentials in proxyAuthUsername/proxyAuthPassword" + hint);
        }
        String bare = v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
        if (IPV6.matcher(bare).matches()) {
            return bare.toLowerCase(Locale.ROOT);
        }
        if (v.indexOf(':') >= 0) {
            throw new IllegalArgumentException(option + " must be a host name or IP address without a port; put the"
                    + " port in proxyPort" + hint);
        }
        if (!HOST_NAME.matcher(v).matches() || v.length() > 253) {
            throw new IllegalArgumentException(option + " must be a host name or IP address (letters, digits, '.',"
                    + " '-')" + hint);
        }
        return v;
    }

    private static int requirePort(String option, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a port number 1-65535, got: " + port);
        }
        return port;
    }

    /** Equal settings share one connection pool; the password counts, so a changed one gets a pool of its own. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProxySettings other && port == other.port && host.equals(other.host)
                && nonProxyHosts.equals(other.nonProxyHosts) && Objects.equals(username, other.username)
                && Objects.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, nonProxyHosts, username, password);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + address() + ", nonProxyHosts=" + nonProxyHosts.text() + ", auth="
                + (hasCredentials() ? Redaction.MASK : "none") + "]";
    }
}
