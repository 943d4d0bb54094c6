package io.github.camelsinch.provisioning.consumer;

/**
 * Text from outside (a damaged state entry, an id from the API) made fit for one log line: bounded in length, with
 * control characters written as a backslash, 'u' and four hex digits, so it can neither flood the log nor forge a
 * line of its own.
 */
final class LogText {

    private LogText() {
    }

    static String bounded(String text, int max) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), max);
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
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
}
