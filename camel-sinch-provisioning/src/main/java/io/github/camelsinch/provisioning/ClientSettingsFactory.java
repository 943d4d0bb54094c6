package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.client.AuthType;
import io.github.camelsinch.provisioning.client.ClientSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;

import java.time.Duration;
import java.util.Locale;

/** Turns the Camel options into the settings of the Camel-free HTTP client, validating them on the way. */
final class ClientSettingsFactory {

    private ClientSettingsFactory() {
    }

    /**
     * @param context the Camel context for TLS parameters; null to validate only (the TLS context is then not
     *                built)
     */
    static ClientSettings create(SinchProvisioningConfiguration c, CamelContext context) {
        ClientSettings.Builder b = ClientSettings.builder()
                .baseUrl(c.getBaseUrl())
                .authUrl(c.getAuthUrl())
                .keyId(c.getKeyId())
                .keySecret(c.getKeySecret())
                .authType(authType(c.getAuthType()))
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
                .callTimeout(Duration.ofMillis(c.getCallTimeout()));
        if (context != null && c.getSslContextParameters() != null) {
            try {
                b.sslContext(c.getSslContextParameters().createSSLContext(context));
            } catch (Exception e) {
                throw new RuntimeCamelException("Cannot build the TLS context from sslContextParameters", e);
            }
        }
        return b.build();
    }

    static AuthType authType(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "oauth2" -> AuthType.OAUTH2;
            case "basic" -> AuthType.BASIC;
            default -> throw new IllegalArgumentException("Invalid authType '" + value + "': expected oauth2 or basic");
        };
    }
}
