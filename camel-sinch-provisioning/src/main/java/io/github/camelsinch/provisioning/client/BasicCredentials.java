package io.github.camelsinch.provisioning.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds the HTTP Basic header value from key id and key secret (used for Basic auth and the token request). */
final class BasicCredentials {

    private BasicCredentials() {
    }

    static String header(ClientSettings settings) {
        String pair = settings.keyId() + ":" + settings.keySecret();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
