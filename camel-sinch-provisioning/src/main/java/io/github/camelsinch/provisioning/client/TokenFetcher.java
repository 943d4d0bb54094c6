package io.github.camelsinch.provisioning.client;

/** Obtains a new token from the token endpoint; separated from {@link TokenCache} so the cache stays testable. */
@FunctionalInterface
interface TokenFetcher {

    /** @throws ApiCallException when no token could be obtained */
    AccessToken fetch(ClientSettings settings);
}
