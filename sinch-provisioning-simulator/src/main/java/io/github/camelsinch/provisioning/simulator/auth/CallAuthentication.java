package io.github.camelsinch.provisioning.simulator.auth;

import io.github.camelsinch.provisioning.simulator.http.ServerRequest;

/**
 * Decides whether an API call is authenticated, like Sinch: a bearer token from the token endpoint that has not
 * expired, or HTTP Basic with the key id and secret.
 */
public final class CallAuthentication {

    private final Credentials credentials;
    private final TokenIssuer tokens;

    public CallAuthentication(Credentials credentials, TokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    public boolean isAuthenticated(ServerRequest request) {
        String authorization = request.header("authorization").orElse(null);
        if (authorization == null) {
            return false;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.isValid(authorization.substring(7).trim());
        }
        return credentials.matchesBasic(authorization);
    }
}
