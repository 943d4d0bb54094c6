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
package io.github.camelsinch.provisioning.tracking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fingerprint text as a state repository handed it back, checked before anything is decided on it. A store can
 * return anything: a value cut short by a crash, bytes flipped on disk, a line edited by hand. Whatever
 * {@link Fingerprint#encode()} cannot have written is {@link Kind#UNREADABLE}, with the reason, so the consumer can
 * tell damage from a resource it has never seen (and not report every damaged entry as ADDED).
 * <p>
 * Pure: text in, verdict out. Every text {@link Fingerprint#encode()} writes is {@link Kind#READABLE} and decodes to
 * the fingerprint it was written from.
 *
 * @param kind        missing (no text at all), readable or unreadable
 * @param fingerprint the fingerprint, when readable
 * @param problem     why the text is unreadable: a sentence fragment without the text itself (which may hold
 *                    anything), e.g. "holds 3 status values where the resource kind has 2"
 */
public record StoredFingerprint(Kind kind, Fingerprint fingerprint, String problem) {

    /** What a stored text turned out to be. */
    public enum Kind {
        /** No text: the resource was never stored. */
        MISSING,
        /** A fingerprint in the format this version writes. */
        READABLE,
        /** Text no version of the consumer writes. */
        UNREADABLE
    }

    /**
     * Longer than any fingerprint: a few status values, a timestamp and an 8-character hash per watched field stay
     * well under it even with dozens of watched fields.
     */
    static final int MAX_LENGTH = 4096;
    /** A long holds 18 digits whatever they are; a transition count never comes near it. */
    static final int MAX_COUNT_DIGITS = 18;
    private static final StoredFingerprint MISSING = new StoredFingerprint(Kind.MISSING, null, null);

    /**
     * Checks and decodes a stored text.
     *
     * @param text         the stored text; null when the repository has none
     * @param statusFields the status field paths of the resource kind, in order: the names of the values a text
     *                     holds by position
     */
    public static StoredFingerprint read(String text, List<String> statusFields) {
        if (text == null) {
            return MISSING;
        }
        try {
            return new StoredFingerprint(Kind.READABLE, parse(text, statusFields), null);
        } catch (Unreadable e) {
            return new StoredFingerprint(Kind.UNREADABLE, null, e.getMessage());
        }
    }

    public boolean isReadable() {
        return kind == Kind.READABLE;
    }

    public boolean isUnreadable() {
        return kind == Kind.UNREADABLE;
    }

    /** The fingerprint when readable, else empty. */
    public Optional<Fingerprint> readable() {
        return Optional.ofNullable(fingerprint);
    }

    private static Fingerprint parse(String text, List<String> statusFields) throws Unreadable {
        if (text.isEmpty()) {
            throw new Unreadable("is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Unreadable("is " + text.length() + " characters long; a fingerprint is at most " + MAX_LENGTH);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWritten(c)) {
                throw new Unreadable(String.format("holds U+%04X at position %d, a character never written", (int) c,
                        i));
            }
        }
        String[] parts = text.split("\\|", -1);
        String version = parts[0];
        if (version.equals(Fingerprint.TOMBSTONE)) {
            expectParts(parts, 2);
            return Fingerprint.tombstone(count(parts[1]));
        }
        if (version.equals(Fingerprint.VERSION)) {
            expectParts(parts, 5);
            return new Fingerprint(true, byPosition(parts[1], statusFields), value(parts[2], "modified time"),
                    watched(parts[3]), count(parts[4]));
        }
        throw new Unreadable("starts with an unknown version (" + Fingerprint.VERSION + " or "
                + Fingerprint.TOMBSTONE + " expected)");
    }

    /** The characters of percent-encoded values and of the separators; nothing else is ever written. */
    private static boolean isWritten(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '*' || c == '_' || c == '%' || c == '+'
                || c == '|' || c == ',' || c == '=';
    }

    private static void expectParts(String[] parts, int expected) throws Unreadable {
        if (parts.length != expected) {
            throw new Unreadable("has " + parts.length + " '|'-separated parts where version " + parts[0] + " has "
                    + expected);
        }
    }

    private static Map<String, String> byPosition(String text, List<String> names) throws Unreadable {
        String[] values = text.split(",", -1);
        if (values.length != names.size()) {
            throw new Unreadable("holds " + values.length + " status value(s) where the resource kind has "
                    + names.size() + " " + names);
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            statuses.put(names.get(i), value(values[i], "value of " + names.get(i)));
        }
        return statuses;
    }

    private static Map<String, String> watched(String text) throws Unreadable {
        Map<String, String> watched = new LinkedHashMap<>();
        for (String pair : pairs(text, "watched field")) {
            int eq = pair.indexOf('=');
            String hash = pair.substring(eq + 1);
            if (!isFieldHash(hash)) {
                throw new Unreadable("holds a watched field hash of " + hash.length() + " character(s) that is not"
                        + " 8 lower-case hex digits or '" + FieldHash.ABSENT + "'");
            }
            watched.put(name(pair.substring(0, eq), "watched field"), hash);
        }
        return watched;
    }

    private static String[] pairs(String text, String what) throws Unreadable {
        if (text.isEmpty()) {
            return new String[0];
        }
        String[] pairs = text.split(",", -1);
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.indexOf('=', eq + 1) >= 0) {
                throw new Unreadable("holds a " + what + " entry that is not name=value");
            }
        }
        return pairs;
    }

    private static boolean isFieldHash(String hash) {
        if (hash.equals(FieldHash.ABSENT)) {
            return true;
        }
        if (hash.length() != 8) {
            return false;
        }
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static String name(String text, String what) throws Unreadable {
        String name = value(text, what + " name");
        if (name == null) {
            throw new Unreadable("holds an empty " + what + " name");
        }
        return name;
    }

    /**
     * A percent-encoded value, accepted only in the exact form {@link Fingerprint#encodeValue} writes: that
     * rejects broken escapes and escapes of bytes that are not UTF-8 (which would decode to U+FFFD).
     */
    private static String value(String text, String what) throws Unreadable {
        if (text.isEmpty()) {
            return null;
        }
        String decoded;
        try {
            decoded = text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text
                    : URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("has a broken %-escape in its " + what);
        }
        if (!Fingerprint.encodeValue(decoded).equals(text)) {
            throw new Unreadable("has a " + what + " not in the form it is written in (an escape of a byte that is"
                    + " not UTF-8, or of a character never escaped)");
        }
        return decoded;
    }

    private static long count(String text) throws Unreadable {
        if (text.isEmpty() || text.length() > MAX_COUNT_DIGITS) {
            throw new Unreadable("has a transition count of " + text.length() + " digit(s); 1 to "
                    + MAX_COUNT_DIGITS + " expected");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new Unreadable("has a transition count that is not a number");
            }
        }
        return Long.parseLong(text);
    }

    /** Ends the parse with the reason; cheap (no stack trace), since damaged entries may come by the hundred. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String problem) {
            super(problem, null, false, false);
        }
    }
}
