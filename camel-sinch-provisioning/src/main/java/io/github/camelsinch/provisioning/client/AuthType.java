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

import java.util.Locale;

/** How the client authenticates against the Provisioning API. */
public enum AuthType {
    /** OAuth2 client-credentials bearer token (the default and the production choice). */
    OAUTH2,
    /** HTTP Basic with key id / key secret: heavily rate limited by Sinch, meant for testing only. */
    BASIC;

    /** The type an authType option names, oauth2 or basic in any case; throws naming the valid values. */
    public static AuthType of(String option) {
        String v = option == null ? "" : option.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "oauth2" -> OAUTH2;
            case "basic" -> BASIC;
            default -> throw new IllegalArgumentException("Invalid authType '" + option
                    + "': expected oauth2 or basic");
        };
    }
}
