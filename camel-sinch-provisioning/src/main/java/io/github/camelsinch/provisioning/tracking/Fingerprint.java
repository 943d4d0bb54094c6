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
 * its transition count and gets a fresh dedup key.
 *
 * @param present     false for the tombstone of a removed resource
 * @param statuses    status field path to value, in the order of the resource kind's status fields
 * @param transitions the number of changes delivered for the resource; part of every dedup key
 */
public record Fingerprint(boolean present, Map<String, String> statuses, String modified, Map<String, String> watched,
                          long transitions) {

    static final String VERSION = "2";
    static final String TOMBSTONE = "x";

    public Fingerprint {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        watched = Collections.unmodifiableMap(new LinkedHashMap<>(watched));
    }

    public static Fingerprint of(ResourceSnapshot snapshot, long transitions) {
        return new Fingerprint(true, snapshot.statuses(), snapshot.modified(), snapshot.watched(), transitions);
    }

    static Fingerprint tombstone(long transitions) {
        return new Fingerprint(false, Map.of(), null, Map.of(), transitions);
    }

    /**
     * A resource known to have existed whose stored state was unreadable: every status unknown (null), so its
     * removal can still be reported, with no previous status.
     */
    public static Fingerprint unknownState(List<String> statusFields, long transitions) {
        Map<String, String> statuses = new LinkedHashMap<>();
        statusFields.forEach(field -> statuses.put(field, null));
        return new Fingerprint(true, statuses, null, Map.of(), transitions);
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
            text.append(separator).append(encodeValue(value));
            separator = ",";
        }
        text.append('|').append(encodeValue(modified)).append('|');
        separator = "";
        for (Map.Entry<String, String> e : watched.entrySet()) {
            text.append(separator).append(encodeValue(e.getKey())).append('=').append(encodeValue(e.getValue()));
            separator = ",";
        }
        return text.append('|').toString();
    }

    /**
     * The fingerprint of a stored text; empty for null, blank or unreadable text ({@link StoredFingerprint} tells
     * these apart and says what is wrong).
     *
     * @param statusFields the status field paths of the resource kind, in order: the names of the values a
     *                     text holds by position
     */
    public static Optional<Fingerprint> decode(String text, List<String> statusFields) {
        return StoredFingerprint.read(text, statusFields).readable();
    }

    /** As {@link URLEncoder}, without its work for the usual value that needs no encoding (ACTIVE, a timestamp). */
    static String encodeValue(String value) {
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
}
