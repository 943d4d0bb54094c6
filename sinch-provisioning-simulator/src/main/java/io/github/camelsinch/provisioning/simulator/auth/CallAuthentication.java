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
