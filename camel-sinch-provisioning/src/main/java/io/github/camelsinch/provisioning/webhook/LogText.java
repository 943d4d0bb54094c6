package io.github.camelsinch.provisioning.webhook;

/**
 * Text that came with a request (an id, a header value) made safe for a log line: control and line-separator
 * characters become {@code ?}, so a value cannot start a forged log line, and the length is bounded, so a sender
 * cannot flood the log through one field.
 */
final class LogText {

    /** Enough for any id or dedup key the receiver accepts, short enough to keep a log line a line. */
    static final int DEFAULT_MAX_LENGTH = 200;

    private LogText() {
    }

    static String of(String text) {
        return of(text, DEFAULT_MAX_LENGTH);
    }

    static String of(String text, int maxLength) {
        if (text == null) {
            return "null";
        }
        int kept = Math.min(text.length(), maxLength);
        StringBuilder safe = new StringBuilder(kept + 24);
        for (int i = 0; i < kept; i++) {
            char c = text.charAt(i);
            safe.append(isControl(c) ? '?' : c);
        }
        if (text.length() > maxLength) {
            safe.append("...(").append(text.length()).append(" chars)");
        }
        return safe.toString();
    }

    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** C0, DEL and C1 controls, plus the Unicode line and paragraph separators some log viewers break lines on. */
    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
