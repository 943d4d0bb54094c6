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

class LogTextTest {

    @Test
    void controlCharactersAndLineSeparatorsAreNeutralised() {
        assertEquals("s1\\u000D\\u000AWARN forged", LogText.of("s1\r\nWARN forged"));
        assertEquals("a\\u0000b\\u001Bc\\u0085d\\u2028e", LogText.of("a\u0000b\u001bc\u0085d\u2028e"));
        assertEquals("null", LogText.of(null));
        assertTrue(LogText.hasControlCharacters("x\ty"));
        assertFalse(LogText.hasControlCharacters("promo/EN#1:ab12"));
    }

    @Test
    void longTextIsCutAndSaysHowLongItWas() {
        String cut = LogText.of("x".repeat(10_000));
        assertEquals("x".repeat(LogText.DEFAULT_MAX_LENGTH) + "...(" + (10_000 - LogText.DEFAULT_MAX_LENGTH)
                + " more characters)", cut);
        assertEquals("abc", LogText.of("abc", 3));
    }
}
