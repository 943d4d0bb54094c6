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
package io.github.camelsinch.provisioning.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the valid names closest to a mistyped one, for a "did you mean" in an error message. Case, '-' and '_' are
 * ignored (so {@code whatsapp_senders} finds {@code whatsapp-senders}); then a small edit distance, or a valid name
 * that contains what was typed ({@code senders} finds {@code whatsapp-senders}), makes a suggestion.
 * Camel 4.18's camel-util has no such helper (camel-main's is not on this component's class path).
 */
public final class SimilarNames {

    /** More than three suggestions is a list to read, not a hint. */
    private static final int MAX_SUGGESTIONS = 3;

    private SimilarNames() {
    }

    /** Up to three candidates close to {@code wrong}, closest first; empty when none is close enough. */
    public static List<String> closest(String wrong, Collection<String> candidates) {
        if (wrong == null || wrong.isBlank()) {
            return List.of();
        }
        String typed = normalize(wrong);
        // A typo of a short name is a change or two; a longer name may carry more before it stops being a guess.
        int limit = Math.max(2, typed.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String valid = normalize(candidate);
            int distance = distance(typed, valid);
            if (distance <= limit || (typed.length() >= 4 && valid.contains(typed))) {
                scored.add(new Scored(candidate, distance));
            }
        }
        // The same name in another case or spelling is the answer; near misses would only blur it.
        boolean exact = scored.stream().anyMatch(s -> s.distance() == 0);
        return scored.stream()
                .filter(s -> !exact || s.distance() == 0)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::name)
                .toList();
    }

    /** " Did you mean a or b?" (with the leading space), or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        List<String> close = closest(wrong, candidates);
        return close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
    }

    /** " For x did you mean y?" for each unknown name (sorted) that has a close valid one, or "". */
    public static String didYouMeanEach(Collection<String> unknown, Collection<String> candidates) {
        StringBuilder hints = new StringBuilder();
        for (String name : new java.util.TreeSet<>(unknown)) {
            List<String> close = closest(name, candidates);
            if (!close.isEmpty()) {
                hints.append(" For ").append(name).append(" did you mean ").append(String.join(" or ", close))
                        .append('?');
            }
        }
        return hints.toString();
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
