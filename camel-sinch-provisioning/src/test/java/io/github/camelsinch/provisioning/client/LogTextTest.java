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
        assertEquals("x".repeat(LogText.DEFAULT_MAX_LENGTH) + "...(" + (10_000 - LogText.DEFAULT_MAX_LENGTH) + " more characters)", cut);
        assertEquals("abc", LogText.of("abc", 3));
    }
}
