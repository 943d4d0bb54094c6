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
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proxy settings are validated when created, and show no credential. */
class ProxySettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "http://proxy.example;       not a URL",
        "proxy.example/;             not a URL",
        "user:pw@proxy.example;      not a URL",
        "proxy.example:3128;         without a port; put the port in proxyPort",
        "proxy example;              letters, digits",
        "-proxy.example;             letters, digits"
    })
    void aHostThatIsNotABareNameIsRefusedWithWhatToDoInstead(String host, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProxySettings.of(host, 3128));
        assertTrue(e.getMessage().startsWith("proxyHost must be"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void thePortMustBeAPort() {
        for (int port : new int[] {0, -1, 65536}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ProxySettings.of("proxy.example", port));
            assertEquals("proxyPort must be a port number 1-65535, got: " + port, e.getMessage());
        }
    }

    @Test
    void ipv6LiteralsAreAcceptedWithOrWithoutBrackets() {
        assertEquals("[::1]:3128", ProxySettings.of("[::1]", 3128).address());
        assertEquals("[fe80::1]:3128", ProxySettings.of("fe80::1", 3128).address());
        assertTrue(ProxySettings.of("::1", 3128).isLoopback());
    }

    @Test
    void credentialsComeInPairsAndNeverShow() {
        ProxySettings proxy = ProxySettings.of("proxy.example", 3128);
        assertThrows(IllegalArgumentException.class, () -> proxy.withCredentials("user", null));
        assertThrows(IllegalArgumentException.class, () -> proxy.withCredentials(null, "pw-123456"));
        IllegalArgumentException colon = assertThrows(IllegalArgumentException.class,
                () -> proxy.withCredentials("us:er", "pw-123456"));
        assertFalse(colon.getMessage().contains("us:er"));
        IllegalArgumentException newline = assertThrows(IllegalArgumentException.class,
                () -> proxy.withCredentials("user", "pw\r\nX-Injected: 1"));
        assertFalse(newline.getMessage().contains("Injected"));

        ProxySettings authenticated = proxy.withCredentials("proxy-user-91", "proxy-password-91");
        ClientSettings settings = ClientSettings.builder().keyId("k").keySecret("secret-123").proxy(authenticated)
                .build();
        for (String text : new String[] {authenticated.toString(), settings.toString()}) {
            assertFalse(text.contains("proxy-user-91"), text);
            assertFalse(text.contains("proxy-password-91"), text);
            assertTrue(text.contains("proxy.example:3128"), text);
        }
    }

    @Test
    void plainHttpToLoopbackMayNotLeaveTheMachineThroughARemoteProxy() {
        ProxySettings remote = ProxySettings.of("proxy.example", 3128);
        ClientSettings.Builder simulator = ClientSettings.builder().keyId("k").keySecret("secret-123")
                .baseUrl("http://localhost:9090").authUrl("http://localhost:9090/oauth2/token");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> simulator.proxy(remote).build());

        assertEquals("baseUrl http://localhost:9090 is plain http, accepted only because it stays on this machine,"
                + " but the proxy proxy.example:3128 would carry it off in clear: add localhost to nonProxyHosts,"
                + " or use a proxy on this machine", e.getMessage());
        simulator.proxy(remote.withNonProxyHosts("localhost")).build();
        simulator.proxy(ProxySettings.of("127.0.0.1", 3128)).build();
        ClientSettings.builder().keyId("k").keySecret("secret-123").proxy(remote).build(); // https: fine
    }

    @Test
    void theSystemPropertiesAreReadAsTheJvmReadsThem() {
        Properties none = new Properties();
        assertNull(ProxySettings.fromSystemProperties(none), "no https.proxyHost: direct, as in the JVM");

        Properties p = new Properties();
        p.setProperty("https.proxyHost", "proxy.example");
        ProxySettings proxy = ProxySettings.fromSystemProperties(p);
        assertEquals("proxy.example:443", proxy.address());
        assertFalse(proxy.appliesTo("localhost"), "the JVM's loopback defaults");
        assertTrue(proxy.appliesTo("provisioning.api.sinch.com"));

        p.setProperty("https.proxyPort", "3128");
        p.setProperty("http.nonProxyHosts", "*.sinch.com");
        proxy = ProxySettings.fromSystemProperties(p);
        assertEquals(3128, proxy.port());
        assertFalse(proxy.appliesTo("auth.sinch.com"));

        p.setProperty("https.proxyPort", "proxy");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProxySettings.fromSystemProperties(p));
        assertEquals("The system property https.proxyPort must be a port number 1-65535, got: proxy", e.getMessage());
        p.setProperty("https.proxyPort", "3128");
        p.setProperty("https.proxyHost", "http://proxy.example");
        e = assertThrows(IllegalArgumentException.class, () -> ProxySettings.fromSystemProperties(p));
        assertTrue(e.getMessage().startsWith("The system property https.proxyHost must be a host name"),
                e.getMessage());
    }

    @Test
    void equalSettingsShareAPoolAndADifferentPasswordDoesNot() {
        ProxySettings a = ProxySettings.of("proxy.example", 3128).withCredentials("u", "pw-one-111");
        assertEquals(a, ProxySettings.of("proxy.example", 3128).withCredentials("u", "pw-one-111"));
        assertFalse(a.equals(ProxySettings.of("proxy.example", 3128).withCredentials("u", "pw-two-222")));
    }
}
