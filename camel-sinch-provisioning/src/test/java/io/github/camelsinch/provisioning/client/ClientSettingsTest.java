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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS by default (docs/resilience.md, TLS) and the documented defaults of the settings. */
class ClientSettingsTest {

    private static ClientSettings.Builder valid() {
        return ClientSettings.builder().keyId("id").keySecret("the-secret");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ClientSettings s = valid().build();
        assertEquals("https://provisioning.api.sinch.com", s.baseUrl());
        assertEquals("https://auth.sinch.com/oauth2/token", s.authUrl());
        assertEquals(AuthType.OAUTH2, s.authType());
        assertEquals(Duration.ofSeconds(5), s.connectTimeout());
        assertEquals(Duration.ofSeconds(30), s.responseTimeout());
        assertEquals(Duration.ofSeconds(5), s.poolLeaseTimeout());
        assertEquals(3, s.maxAttempts());
        assertEquals(Duration.ofMillis(200), s.initialBackoff());
        assertEquals(Duration.ofSeconds(5), s.maxBackoff());
        assertEquals(Duration.ofSeconds(30), s.maxRetryAfter());
        assertEquals(Duration.ofSeconds(60), s.tokenRefreshMargin());
        assertNull(s.sslContext());
        assertNull(s.userAgent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://provisioning.api.sinch.com", "http://10.0.0.5:8080", "http://128.0.0.1",
        "http://localhost.evil.com", "http://127.0.0.1.nip.io"})
    void plainHttpToANonLoopbackHostIsRejectedWithAClearMessage(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> valid().baseUrl(url).build());
        assertTrue(e.getMessage().contains("https"), e.getMessage());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> valid().authUrl(url + "/oauth2/token").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://provisioning.api.sinch.com", "https://eu.example.com:8443/base",
        "http://localhost:8080", "http://127.0.0.1:1234", "http://127.1.2.3", "http://[::1]:9000"})
    void httpsAnywhereAndHttpOnLoopbackAreAccepted(String url) {
        assertEquals(url, valid().baseUrl(url + "/").build().baseUrl()); // trailing slash trimmed
    }

    @ParameterizedTest
    @ValueSource(strings = {"provisioning.api.sinch.com", "/v1", "ftp://host", "https://user:pw@host",
        "https://host/?q=1", "https://host/#frag", "not a url"})
    void malformedOrCredentialBearingUrlsAreRejected(String url) {
        assertThrows(IllegalArgumentException.class, () -> valid().baseUrl(url).build());
    }

    @Test
    void numbersMustBePositiveAndCredentialsPresent() {
        assertThrows(IllegalArgumentException.class, () -> valid().maxAttempts(0).build());
        assertThrows(IllegalArgumentException.class, () -> valid().connectTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> valid().responseTimeout(Duration.ofSeconds(-1)).build());
        assertThrows(IllegalArgumentException.class, () -> valid().poolLeaseTimeout(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().maxBackoff(Duration.ofMillis(10)).build());
        assertThrows(IllegalArgumentException.class, () -> valid().maxRetryAfter(Duration.ofSeconds(-1)).build());
        assertThrows(IllegalArgumentException.class, () -> valid().keySecret(" ").build());
        assertThrows(IllegalArgumentException.class, () -> ClientSettings.builder().keySecret("s").build());
        assertThrows(IllegalArgumentException.class, () -> valid().userAgent("a\r\nX-Injected: 1").build());
    }

    @Test
    void toStringNeverShowsTheSecret() {
        ClientSettings s = valid().build();
        assertFalse(s.toString().contains("the-secret"));
        assertTrue(s.toString().contains("keySecret=***"));
        assertEquals("the-secret", s.keySecret());
    }

    @Test
    void toBuilderDerivesAVariant() {
        ClientSettings s = valid().maxAttempts(5).build();
        ClientSettings t = s.toBuilder().authType(AuthType.BASIC).build();
        assertEquals(5, t.maxAttempts());
        assertEquals(AuthType.BASIC, t.authType());
        assertEquals(AuthType.OAUTH2, s.authType());
    }
}
