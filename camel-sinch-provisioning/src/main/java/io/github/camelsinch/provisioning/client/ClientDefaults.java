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
 * The defaults of {@link ClientSettings}, in one place. Compile-time constants, so that the Camel options, which
 * must state their defaults in annotations, refer to these instead of repeating them; times are in milliseconds,
 * as the options take them.
 */
public final class ClientDefaults {

    public static final String BASE_URL = "https://provisioning.api.sinch.com";
    public static final String AUTH_URL = "https://auth.sinch.com/oauth2/token";
    /** As the option spells it; {@link AuthType#of} reads it. */
    public static final String AUTH_TYPE = "oauth2";
    public static final long CONNECT_TIMEOUT = 5_000;
    public static final long RESPONSE_TIMEOUT = 30_000;
    public static final long POOL_LEASE_TIMEOUT = 5_000;
    public static final int MAX_ATTEMPTS = 3;
    public static final long INITIAL_BACKOFF = 200;
    public static final long MAX_BACKOFF = 5_000;
    public static final long MAX_RETRY_AFTER = 30_000;
    public static final long TOKEN_REFRESH_MARGIN = 60_000;
    /** 32 MiB: a page of 1,000 templates with every component is a few MB; ten times that is still sane. */
    public static final long MAX_RESPONSE_SIZE = 32L * 1024 * 1024;
    public static final long ATTEMPT_TIMEOUT = 60_000;
    public static final long CALL_TIMEOUT = 120_000;

    private ClientDefaults() {
    }
}
