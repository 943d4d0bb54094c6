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

/** Supplies the Authorization header of an API call and decides whether a 401 is worth one resend. */
interface Authenticator {

    /** The Authorization header value for the next attempt. */
    String authorization();

    /**
     * Called after the API answered 401 to {@code rejected}. Returns true when a new credential was arranged and
     * a single resend makes sense.
     */
    boolean renewAfterUnauthorized(String rejected);

    static Authenticator of(ClientSettings settings, TokenCache tokens) {
        return settings.authType() == AuthType.BASIC ? new Basic(BasicCredentials.header(settings))
                : new Bearer(settings, tokens);
    }

    /** Fixed key id / secret; nothing to renew. */
    final class Basic implements Authenticator {
        private final String header;

        Basic(String header) {
            this.header = header;
        }

        @Override
        public String authorization() {
            return header;
        }

        @Override
        public boolean renewAfterUnauthorized(String rejected) {
            return false;
        }

        @Override
        public String toString() {
            return "Basic[***]";
        }
    }

    /** OAuth2 token from the shared cache; a 401 drops exactly the rejected token. */
    final class Bearer implements Authenticator {
        private static final String PREFIX = "Bearer ";
        private final ClientSettings settings;
        private final TokenCache tokens;
        // Settings never change for a client: hash the credentials once, not on every call.
        private final TokenKey key;
        /** The header of the last token handed out, so the same token is not prefixed again on every call. */
        private volatile Header last;

        private record Header(AccessToken token, String value) {
            @Override
            public String toString() {
                return "Header[***]"; // the value is the bearer token
            }
        }

        Bearer(ClientSettings settings, TokenCache tokens) {
            this.settings = settings;
            this.tokens = tokens;
            this.key = TokenKey.of(settings);
        }

        @Override
        public String authorization() {
            AccessToken token = tokens.get(key, settings);
            Header header = last;
            if (header == null || header.token() != token) {
                header = new Header(token, PREFIX + token.value());
                last = header;
            }
            return header.value();
        }

        @Override
        public boolean renewAfterUnauthorized(String rejected) {
            return tokens.invalidate(key, rejected.substring(PREFIX.length()));
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }
}
