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
 * Text from outside (an id or header of a callback, a damaged state entry, a value the API sent) made fit for one
 * log line or exception message: bounded in length, with control characters and the Unicode line separators
 * written as a backslash, 'u' and four hex digits, so it can neither flood the log nor forge a line of its own.
 * The one place every package of the component makes such text safe.
 */
public final class LogText {

    /** Enough for any id or dedup key, short enough to keep a log line a line. */
    public static final int DEFAULT_MAX_LENGTH = 200;

    private LogText() {
    }

    /** {@link #of(String, int)} with {@link #DEFAULT_MAX_LENGTH}. */
    public static String of(String text) {
        return of(text, DEFAULT_MAX_LENGTH);
    }

    /** At most {@code max} characters of {@code text}, control characters escaped; {@code "null"} for null. */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), max);
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (isControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("...(").append(text.length() - max).append(" more characters)");
        }
        return out.toString();
    }

    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** C0, DEL and C1 controls, plus the line and paragraph separators some log viewers break lines on. */
    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
