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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.client.AuthType;
import io.github.camelsinch.provisioning.client.ClientSettings;
import io.github.camelsinch.provisioning.client.ProxySettings;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;

import java.time.Duration;
import java.util.Properties;

/** Turns the Camel options into the settings of the Camel-free HTTP client, validating them on the way. */
final class ClientSettingsFactory {

    private ClientSettingsFactory() {
    }

    /**
     * Called once per endpoint, when it is created, so a bad option fails the route before it starts.
     *
     * @param context the Camel context for TLS parameters
     */
    static ClientSettings create(SinchProvisioningConfiguration c, CamelContext context) {
        ClientSettings.Builder b = ClientSettings.builder()
                .baseUrl(c.getBaseUrl())
                .authUrl(c.getAuthUrl())
                .keyId(c.getKeyId())
                .keySecret(c.getKeySecret())
                .authType(AuthType.of(c.getAuthType()))
                .connectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .poolLeaseTimeout(Duration.ofMillis(c.getPoolLeaseTimeout()))
                .maxAttempts(c.getMaxAttempts())
                .initialBackoff(Duration.ofMillis(c.getInitialBackoff()))
                .maxBackoff(Duration.ofMillis(c.getMaxBackoff()))
                .maxRetryAfter(Duration.ofMillis(c.getMaxRetryAfter()))
                .tokenRefreshMargin(Duration.ofMillis(c.getTokenRefreshMargin()))
                .maxResponseSize(c.getMaxResponseSize())
                .attemptTimeout(Duration.ofMillis(c.getAttemptTimeout()))
                .callTimeout(Duration.ofMillis(c.getCallTimeout()))
                .proxy(proxy(c, System.getProperties()));
        if (c.getSslContextParameters() != null) {
            try {
                b.sslContext(c.getSslContextParameters().createSSLContext(context));
            } catch (Exception e) {
                throw new RuntimeCamelException("Cannot build the TLS context from sslContextParameters", e);
            }
        }
        return b.build();
    }

    /**
     * The proxy of the options: proxyHost/proxyPort, or with useSystemProxy the JVM's https.proxyHost/https.proxyPort
     * and http.nonProxyHosts; null for direct calls. Options that only make sense with a proxy are refused without
     * one, so a half-configured proxy fails at endpoint creation instead of connecting directly.
     */
    static ProxySettings proxy(SinchProvisioningConfiguration c, Properties systemProperties) {
        boolean host = c.getProxyHost() != null && !c.getProxyHost().isBlank();
        boolean port = c.getProxyPort() != null;
        boolean credentials = c.getProxyAuthUsername() != null || c.getProxyAuthPassword() != null;
        boolean exemptions = c.getNonProxyHosts() != null && !c.getNonProxyHosts().isBlank();
        if (c.isUseSystemProxy() && (host || port)) {
            throw new IllegalArgumentException("Set either proxyHost and proxyPort, or useSystemProxy=true, not both");
        }
        if (c.isUseSystemProxy() && exemptions) {
            throw new IllegalArgumentException("With useSystemProxy=true the hosts that bypass the proxy come from the"
                    + " http.nonProxyHosts system property; remove nonProxyHosts, or set proxyHost and proxyPort"
                    + " instead of useSystemProxy");
        }
        if (port && !host) {
            throw new IllegalArgumentException("proxyHost is required with proxyPort");
        }
        if (host && !port) {
            throw new IllegalArgumentException("proxyPort is required with proxyHost (1-65535)");
        }
        ProxySettings proxy = null;
        if (host) {
            proxy = ProxySettings.of(c.getProxyHost(), c.getProxyPort()).withNonProxyHosts(c.getNonProxyHosts());
        } else if (c.isUseSystemProxy()) {
            proxy = ProxySettings.fromSystemProperties(systemProperties);
        } else if (credentials || exemptions) {
            throw new IllegalArgumentException((credentials ? "proxyAuthUsername/proxyAuthPassword" : "nonProxyHosts")
                    + " is set but no proxy is: set proxyHost and proxyPort, or useSystemProxy=true");
        }
        if (proxy != null && credentials) {
            proxy = proxy.withCredentials(c.getProxyAuthUsername(), c.getProxyAuthPassword());
        }
        return proxy;
    }
}
