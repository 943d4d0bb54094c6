package io.github.camelsinch.provisioning.client;

/** How the client authenticates against the Provisioning API. */
public enum AuthType {
    /** OAuth2 client-credentials bearer token (the default and the production choice). */
    OAUTH2,
    /** HTTP Basic with key id / key secret: heavily rate limited by Sinch, meant for testing only. */
    BASIC
}
