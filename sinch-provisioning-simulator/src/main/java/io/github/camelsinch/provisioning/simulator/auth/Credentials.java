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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The access key the simulator accepts, and parsing of HTTP Basic credentials against it. */
public record Credentials(String keyId, String keySecret) {

    /** Whether an {@code Authorization: Basic ...} value carries this key (compared in constant time). */
    public boolean matchesBasic(String authorization) {
        return decodeBasic(authorization)
                .map(pair -> MessageDigest.isEqual(pair.getBytes(StandardCharsets.UTF_8),
                        (keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    static Optional<String> decodeBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "Credentials[keyId=" + keyId + ", keySecret=***]";
    }
}
