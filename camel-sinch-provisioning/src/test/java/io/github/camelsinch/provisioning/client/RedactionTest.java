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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redaction of bodies and headers before they reach DEBUG/TRACE logs. */
class RedactionTest {

    @Test
    void secretNamedJsonFieldsAreMaskedAtAnyDepthCaseInsensitively() {
        String json = "{\"name\":\"Acme\",\"access_token\":\"A1\",\"details\":{\"accessToken\":\"A2\","
                + "\"WebhookSecret\":\"A3\",\"list\":[{\"password\":\"A4\"},{\"apiKey\":\"A5\"}]},"
                + "\"Authorization\":\"Bearer A6\",\"api-key\":\"A7\",\"expires_in\":3600}";

        String redacted = Redaction.json(json);

        for (String secret : new String[] {"A1", "A2", "A3", "A4", "A5", "A6", "A7"}) {
            assertFalse(redacted.contains(secret), secret + " leaked: " + redacted);
        }
        assertTrue(redacted.contains("\"name\":\"Acme\""), redacted);
        assertTrue(redacted.contains("\"expires_in\":3600"), redacted);
        assertTrue(redacted.contains("\"accessToken\":\"***\""), redacted);
    }

    @Test
    void aSecretNamedObjectIsMaskedWhole() {
        assertEquals("{\"secrets\":\"***\"}",
                Redaction.json("{\"secrets\":{\"a\":\"b\"}}"));
    }

    @Test
    void textThatIsNotJsonIsStillRedactedBestEffort() {
        String truncated = "{\"name\":\"x\",\"token\":\"T1\",\"other\":\"y";
        String form = "grant_type=client_credentials&client_secret=T2&access_token=T3";

        assertFalse(Redaction.json(truncated).contains("T1"), Redaction.json(truncated));
        assertTrue(Redaction.json(truncated).contains("\"name\":\"x\""));
        String formRedacted = Redaction.json(form);
        assertFalse(formRedacted.contains("T2") || formRedacted.contains("T3"), formRedacted);
        assertTrue(formRedacted.contains("grant_type=client_credentials"), formRedacted);
    }

    @Test
    void emptyAndNullPassThrough() {
        assertEquals("", Redaction.json(""));
        assertEquals(null, Redaction.json((String) null));
    }

    @Test
    void credentialHeadersAreMasked() {
        assertEquals("***", Redaction.header("Authorization", "Bearer abc"));
        assertEquals("***", Redaction.header("authorization", "Basic abc"));
        assertEquals("***", Redaction.header("Proxy-Authorization", "x"));
        assertEquals("***", Redaction.header("Cookie", "x"));
        assertEquals("***", Redaction.header("X-Api-Key", "x"));
        assertEquals("application/json", Redaction.header("Content-Type", "application/json"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Authorization=Bearer eyJsecret.tok",
        "Authorization: Bearer eyJsecret.tok",
        "authorization:Basic eyJsecret.tok", "{\"message\":\"got Authorization: Bearer eyJsecret.tok here\"}",
        "Proxy-Authorization = Basic eyJsecret.tok&x=1"})
    void anAuthorizationValueIsMaskedWholeWithItsScheme(String text) {
        String redacted = Redaction.json(text);
        assertFalse(redacted.contains("eyJsecret"), redacted);
        assertTrue(redacted.contains(Redaction.MASK), redacted);
    }
}
