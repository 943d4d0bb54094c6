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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The index of a scope as stored: the ids of the resources known to exist, percent-encoded and comma separated.
 * Reading checks every entry, so one damaged entry costs that entry (reported, and dropped when the index is next
 * written) rather than failing every poll.
 *
 * @param ids        the readable ids
 * @param unreadable how many entries were not an id in the form {@link #encode} writes
 * @param problem    what was wrong with the first unreadable entry (without the entry itself); null when none
 */
public record StoredIndex(Set<String> ids, int unreadable, String problem) {

    /** No id in the API is near this long; an entry that is longer is damage. */
    static final int MAX_ENTRY_LENGTH = 3 * 1024;

    public StoredIndex {
        ids = Set.copyOf(ids);
    }

    /** @param text the stored index; null or empty for none */
    static StoredIndex read(String text) {
        Set<String> ids = new HashSet<>();
        if (text == null || text.isEmpty()) {
            return new StoredIndex(ids, 0, null);
        }
        int unreadable = 0;
        String first = null;
        for (String entry : text.split(",", -1)) {
            String problem = problemOf(entry);
            if (problem == null) {
                ids.add(URLDecoder.decode(entry, StandardCharsets.UTF_8));
            } else {
                unreadable++;
                first = first == null ? problem : first;
            }
        }
        return new StoredIndex(ids, unreadable, first);
    }

    static String encode(Collection<String> ids) {
        StringJoiner text = new StringJoiner(",");
        new TreeSet<>(ids).forEach(id -> text.add(encodeId(id)));
        return text.toString();
    }

    static String encodeId(String id) {
        return URLEncoder.encode(id == null ? "" : id, StandardCharsets.UTF_8);
    }

    /** Null for an entry {@link #encode} can have written; else why not. */
    static String problemOf(String entry) {
        if (entry.isEmpty()) {
            return "an empty entry";
        }
        if (entry.length() > MAX_ENTRY_LENGTH) {
            return "an entry of " + entry.length() + " characters (at most " + MAX_ENTRY_LENGTH + ")";
        }
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            boolean written = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '*' || c == '_' || c == '%' || c == '+';
            if (!written) {
                return String.format("an entry holding U+%04X, a character never written", (int) c);
            }
        }
        String id;
        try {
            id = URLDecoder.decode(entry, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "an entry with a broken %-escape";
        }
        // Escapes of bytes that are not UTF-8 decode to U+FFFD and encode differently: the id is not known.
        return encodeId(id).equals(entry) ? null : "an entry not in the form it is written in";
    }
}
