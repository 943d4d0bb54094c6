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

/**
 * The component's advice when credentials are refused. The API's own resolution for a 401 ("Verify that projectId is
 * correct.") sends a user with a wrong secret to the wrong setting, so these hints name the options to check first.
 * They name the key id (an identifier, like a user name) and never the secret.
 */
final class CredentialHints {

    /** Key ids are short; anything longer is cut rather than copied into every message. */
    private static final int KEY_ID_LENGTH = 100;

    private CredentialHints() {
    }

    /**
     * After the API answered 401.
     *
     * @param freshToken whether the call was already resent with a newly fetched token (OAuth2)
     */
    static String afterUnauthorized(ClientSettings settings, boolean freshToken) {
        if (settings.authType() == AuthType.BASIC) {
            return "Check keyId " + keyId(settings) + " and keySecret first (Basic auth sends them with every call),"
                    + " then that the key belongs to the projectId in the URL.";
        }
        return "The token endpoint " + settings.authUrl() + " accepted keyId " + keyId(settings) + " but the API"
                + " refused " + (freshToken ? "even a freshly issued token" : "its token") + ": check that the key"
                + " belongs to the projectId in the URL, and that authUrl and baseUrl are of the same Sinch"
                + " environment.";
    }

    /** After the token endpoint answered a status that is neither success, 429 nor an outage. */
    static String tokenRefused(ClientSettings settings, int status) {
        if (status == 400 || status == 401 || status == 403) {
            return "Check keyId " + keyId(settings) + " and keySecret (the OAuth2 client id and secret sent to"
                    + " authUrl); no call can be made until the token endpoint accepts them.";
        }
        return "Check authUrl: " + settings.authUrl() + " does not answer like an OAuth2 token endpoint.";
    }

    private static String keyId(ClientSettings settings) {
        String id = settings.keyId();
        return id == null ? "(not set)" : "'" + ErrorResponses.cleanSnippet(id, KEY_ID_LENGTH) + "'";
    }
}
