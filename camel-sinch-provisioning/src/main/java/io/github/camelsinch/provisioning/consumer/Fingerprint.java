package io.github.camelsinch.provisioning.consumer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The small text a state repository keeps per resource: the status values, the modified time, a hash per watched
 * field and how many transitions were delivered. Not the JSON: a fingerprint stays well under 200 bytes.
 * <p>
 * Encoded as {@code 1|state=ACTIVE,changes.status=|<modified>|qualityRating=1a2b3c4d|<transitions>}, values
 * percent-encoded so no value can forge a separator (and none holds a newline or '=' in a key, which
 * {@code FileStateRepository} forbids). A removed resource keeps a tombstone {@code x|<transitions>}, so a resource
 * that comes back continues its transition count and gets a fresh dedup key.
 *
 * @param present     false for the tombstone of a removed resource
 * @param transitions the number of changes delivered for the resource; part of every dedup key
 */
public record Fingerprint(boolean present, Map<String, String> statuses, String modified, Map<String, String> watched,
                          long transitions) {

    private static final String VERSION = "1";
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
        return VERSION + "|" + pairs(statuses) + "|" + encode(modified) + "|" + pairs(watched) + "|" + transitions;
    }

    /** The fingerprint of a stored text; empty for null, blank or unreadable text (treated as never seen). */
    public static Optional<Fingerprint> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        try {
            if (parts.length == 2 && parts[0].equals(TOMBSTONE)) {
                return Optional.of(tombstone(Long.parseLong(parts[1])));
            }
            if (parts.length == 5 && parts[0].equals(VERSION)) {
                return Optional.of(new Fingerprint(true, unpairs(parts[1]), decodeValue(parts[2]), unpairs(parts[3]),
                        Long.parseLong(parts[4])));
            }
        } catch (IllegalArgumentException unreadable) {
            // A corrupted or foreign value: fall through to "never seen", which re-emits rather than loses a change.
        }
        return Optional.empty();
    }

    private static String pairs(Map<String, String> values) {
        StringJoiner joiner = new StringJoiner(",");
        values.forEach((key, value) -> joiner.add(encode(key) + "=" + encode(value)));
        return joiner.toString();
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

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Empty means absent: no status, modified time or hash is ever the empty string. */
    private static String decodeValue(String text) {
        return text.isEmpty() ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
