package io.github.camelsinch.provisioning.consumer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small text a state repository keeps per resource: the status values, the modified time, a hash per watched
 * field and how many transitions were delivered. Not the JSON: a fingerprint stays well under 200 bytes.
 * <p>
 * Encoded as {@code 2|ACTIVE,|<modified>|qualityRating=1a2b3c4d|<transitions>}: the status values by position, in
 * the order of the resource kind's status fields (fixed in {@link WatchedResources}, so their names need not be
 * stored with every resource), watched fields by name (users edit that list). Values are percent-encoded so no
 * value can forge a separator (and none holds a newline or '=' in a key, which {@code FileStateRepository}
 * forbids). A removed resource keeps a tombstone {@code x|<transitions>}, so a resource that comes back continues
 * its transition count and gets a fresh dedup key. Version 1 ({@code 1|state=ACTIVE,changes.status=|...}, status
 * names spelled out) is still read, and rewritten in version 2 by the first poll that sees it
 * ({@link ChangeDetector#refreshed}).
 *
 * @param present     false for the tombstone of a removed resource
 * @param statuses    status field path to value, in the order of the resource kind's status fields
 * @param transitions the number of changes delivered for the resource; part of every dedup key
 */
public record Fingerprint(boolean present, Map<String, String> statuses, String modified, Map<String, String> watched,
                          long transitions) {

    static final String VERSION = "2";
    private static final String NAMED_VERSION = "1";
    private static final String TOMBSTONE = "x";

    public Fingerprint {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        watched = Collections.unmodifiableMap(new LinkedHashMap<>(watched));
    }

    static Fingerprint of(ResourceSnapshot snapshot, long transitions) {
        return new Fingerprint(true, snapshot.statuses(), snapshot.modified(), snapshot.watched(), transitions);
    }

    static Fingerprint tombstone(long transitions) {
        return new Fingerprint(false, Map.of(), null, Map.of(), transitions);
    }

    public String encode() {
        if (!present) {
            return TOMBSTONE + "|" + transitions;
        }
        return encodeState(statuses, modified, watched) + transitions;
    }

    /**
     * What {@link #encode()} writes for this snapshot before the transition count (it ends with the last '|'): a
     * stored fingerprint that starts with it describes exactly this state.
     */
    static String encodeState(ResourceSnapshot snapshot) {
        return encodeState(snapshot.statuses(), snapshot.modified(), snapshot.watched());
    }

    private static String encodeState(Map<String, String> statuses, String modified, Map<String, String> watched) {
        StringBuilder text = new StringBuilder(48).append(VERSION).append('|');
        String separator = "";
        for (String value : statuses.values()) {
            text.append(separator).append(encode(value));
            separator = ",";
        }
        text.append('|').append(encode(modified)).append('|');
        separator = "";
        for (Map.Entry<String, String> e : watched.entrySet()) {
            text.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = ",";
        }
        return text.append('|').toString();
    }

    /**
     * The fingerprint of a stored text; empty for null, blank or unreadable text (treated as never seen).
     *
     * @param statusFields the status field paths of the resource kind, in order: the names of the values a
     *                     version 2 text holds by position
     */
    public static Optional<Fingerprint> decode(String text, List<String> statusFields) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        try {
            if (parts.length == 2 && parts[0].equals(TOMBSTONE)) {
                return Optional.of(tombstone(Long.parseLong(parts[1])));
            }
            if (parts.length == 5 && parts[0].equals(VERSION)) {
                return Optional.of(new Fingerprint(true, byPosition(parts[1], statusFields), decodeValue(parts[2]),
                        unpairs(parts[3]), Long.parseLong(parts[4])));
            }
            if (parts.length == 5 && parts[0].equals(NAMED_VERSION)) {
                return Optional.of(new Fingerprint(true, unpairs(parts[1]), decodeValue(parts[2]), unpairs(parts[3]),
                        Long.parseLong(parts[4])));
            }
        } catch (IllegalArgumentException unreadable) {
            // A corrupted or foreign value: fall through to "never seen", which re-emits rather than loses a change.
        }
        return Optional.empty();
    }

    /** True when the text is a present fingerprint in the format {@link #encode()} writes today. */
    static boolean isCurrentFormat(String text) {
        return text != null && text.startsWith(VERSION + "|");
    }

    private static Map<String, String> byPosition(String text, List<String> names) {
        String[] values = text.split(",", -1);
        if (values.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " status values, got " + values.length);
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            statuses.put(names.get(i), decodeValue(values[i]));
        }
        return statuses;
    }

    private static Map<String, String> unpairs(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value pair");
            }
            values.put(decodeValue(pair.substring(0, eq)), decodeValue(pair.substring(eq + 1)));
        }
        return values;
    }

    /** As {@link URLEncoder}, without its work for the usual value that needs no encoding (ACTIVE, a timestamp). */
    private static String encode(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unchanged = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '*' || c == '_';
            if (!unchanged) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
        }
        return value;
    }

    /** Empty means absent: no status, modified time or hash is ever the empty string. */
    private static String decodeValue(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
