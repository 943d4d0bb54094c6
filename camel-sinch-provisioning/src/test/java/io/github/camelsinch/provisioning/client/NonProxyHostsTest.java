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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM's http.nonProxyHosts syntax, strict for the option and as lenient as the JVM for the system property. */
class NonProxyHostsTest {

    @ParameterizedTest
    @CsvSource({
        "localhost,                         localhost,              true",
        "localhost,                         LOCALHOST,              true",
        "localhost,                         localhost.example,      false",
        "*.internal.example,                api.internal.example,   true",
        "*.internal.example,                internal.example,       false",
        "10.*,                              10.1.2.3,               true",
        "10.*,                              110.1.2.3,              false",
        "*corp*,                            my.corp.example,        true",
        "a.example|b.example,               b.example,              true",
        "a.example|b.example,               c.example,              false",
        "*,                                 anything.example,       true",
        "[::1],                             ::1,                    true",
        "[::1],                             [::1],                  true",
        "::1,                               [::1],                  true",
        "auth.sinch.com,                    provisioning.api.sinch.com, false"
    })
    void matchesWholeHostNamesWithWildcardsAtTheEnds(String list, String host, boolean direct) {
        assertEquals(direct, NonProxyHosts.parse("nonProxyHosts", list).matches(host));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "http://proxy.example;                 not URLs",
        "proxy.example/path;                   not URLs",
        "a.example,b.example;                  not commas",
        "a.example b.example;                  not commas",
        ".internal.example;                    write '*.internal.example'",
        "a.*.example;                          '*' only at its start or end",
        "proxy.example:8080;                   without a port",
        "a.example||b.example;                 an empty entry",
        "a_b@c;                                '*' only at its start or end"
    })
    void theOptionRefusesWhatWouldSilentlyMatchNothing(String list, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NonProxyHosts.parse("nonProxyHosts", list));
        assertTrue(e.getMessage().startsWith("nonProxyHosts "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void blankMeansNoExemption() {
        assertTrue(NonProxyHosts.parse("nonProxyHosts", " ").isEmpty());
        assertFalse(NonProxyHosts.parse("nonProxyHosts", null).matches("localhost"));
    }

    @Test
    void theSystemPropertyKeepsTheJvmLoopbackDefaults() {
        NonProxyHosts unset = NonProxyHosts.fromSystemProperty(null);
        NonProxyHosts set = NonProxyHosts.fromSystemProperty("*.corp.example");
        NonProxyHosts empty = NonProxyHosts.fromSystemProperty("");

        for (String loopback : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1", "0.0.0.0"}) {
            assertTrue(unset.matches(loopback), loopback);
            assertTrue(set.matches(loopback), loopback);
            assertFalse(empty.matches(loopback), "an empty property exempts nothing, as in the JVM: " + loopback);
        }
        assertTrue(set.matches("git.corp.example"));
        assertFalse(unset.matches("provisioning.api.sinch.com"));
        assertEquals("*.corp.example|" + NonProxyHosts.JVM_DEFAULTS, set.text());
    }

    @Test
    void theSystemPropertyIsNeverRejected() {
        // The JVM accepts any text there; refusing what it accepts would break start-up on a value it tolerates.
        NonProxyHosts odd = NonProxyHosts.fromSystemProperty("a.example,b.example|weird host");
        assertTrue(odd.matches("weird host"));
        assertFalse(odd.matches("a.example"));
    }
}
