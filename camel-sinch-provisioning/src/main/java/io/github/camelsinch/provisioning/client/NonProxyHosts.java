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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts reached without the proxy, in the JVM's {@code http.nonProxyHosts} syntax: names separated by
 * {@code |}, each matching a whole host name case-insensitively, with {@code *} as a wildcard at its start, its end
 * or both ({@code *.internal.example}, {@code 10.*}, {@code *corp*}). IPv6 literals match with or without brackets.
 */
final class NonProxyHosts {

    /** What the JVM exempts by itself, and adds to any non-empty {@code http.nonProxyHosts}. */
    static final String JVM_DEFAULTS = "localhost|127.*|[::1]|0.0.0.0|[::0]";

    static final NonProxyHosts NONE = new NonProxyHosts("", List.of());

    /** A host name or IP literal, with an optional wildcard at either end. */
    private static final Pattern ENTRY = Pattern.compile("\\*?[a-z0-9._\\-\\[\\]:%]+\\*?|\\*");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-f:.]*:[0-9a-f:.]*(%[a-z0-9]+)?]?");

    private final String text;
    private final List<Pattern> patterns;

    private NonProxyHosts(String text, List<Pattern> patterns) {
        this.text = text;
        this.patterns = patterns;
    }

    /**
     * The {@code nonProxyHosts} option: every entry is checked, so a URL, a port or a comma-separated list fails
     * here with the entry named, instead of silently matching nothing. Null or blank means no exemption.
     */
    static NonProxyHosts parse(String option, String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String raw : value.split("\\|", -1)) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            check(option, value, entry);
            patterns.add(toPattern(entry));
        }
        return new NonProxyHosts(value.trim(), List.copyOf(patterns));
    }

    /**
     * The {@code http.nonProxyHosts} system property read as the JVM reads it: never rejected, and with the JVM's
     * loopback defaults when it is unset or added to it when it is not empty (an empty value exempts nothing).
     */
    static NonProxyHosts fromSystemProperty(String value) {
        String effective = value == null ? JVM_DEFAULTS : value.isEmpty() ? "" : value + "|" + JVM_DEFAULTS;
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : effective.split("\\|")) {
            if (!entry.isEmpty()) {
                patterns.add(toPattern(entry.toLowerCase(Locale.ROOT)));
            }
        }
        return new NonProxyHosts(effective, List.copyOf(patterns));
    }

    /** True when {@code host} (a URL's host, IPv6 with or without brackets) is reached directly. */
    boolean matches(String host) {
        if (patterns.isEmpty() || host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String bare = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        String bracketed = bare.indexOf(':') >= 0 ? "[" + bare + "]" : bare;
        for (Pattern p : patterns) {
            if (p.matcher(bare).matches() || p.matcher(bracketed).matches()) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The list as configured (for the system property: with the JVM defaults it implies). */
    String text() {
        return text;
    }

    private static void check(String option, String value, String entry) {
        String problem = null;
        if (entry.isEmpty()) {
            problem = "has an empty entry";
        } else if (entry.contains("://") || entry.contains("/")) {
            problem = "entries are host names, not URLs: '" + entry + "'";
        } else if (entry.contains(",") || entry.contains(" ")) {
            problem = "separates hosts with '|', the JVM's http.nonProxyHosts syntax, not commas or spaces: '"
                    + entry + "'";
        } else if (entry.startsWith(".")) {
            problem = "matches whole host names: write '*" + entry + "' for every host under " + entry.substring(1);
        } else if (!ENTRY.matcher(entry).matches()
                || entry.indexOf('*', 1) >= 0 && entry.indexOf('*', 1) < entry.length() - 1) {
            problem = "takes a host name or IP address with '*' only at its start or end: '" + entry + "'";
        } else if (entry.indexOf(':') >= 0 && !IPV6.matcher(entry.replace("*", "")).matches()) {
            problem = "entries are host names without a port: '" + entry + "'";
        }
        if (problem != null) {
            throw new IllegalArgumentException(option + " " + problem + " (got: " + LogText.of(value) + ")");
        }
    }

    /** The JVM's translation of one entry: quoted text, a leading or trailing '*' becoming '.*'. */
    private static Pattern toPattern(String entry) {
        if (entry.equals("*")) {
            return Pattern.compile(".*");
        }
        boolean head = entry.startsWith("*");
        boolean tail = entry.endsWith("*") && entry.length() > 1;
        String core = entry.substring(head ? 1 : 0, tail ? entry.length() - 1 : entry.length());
        return Pattern.compile((head ? ".*" : "") + Pattern.quote(core) + (tail ? ".*" : ""));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NonProxyHosts other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
