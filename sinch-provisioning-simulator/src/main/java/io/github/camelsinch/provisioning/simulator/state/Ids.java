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
package io.github.camelsinch.provisioning.simulator.state;

import java.util.Random;

/**
 * Generates ids in the shapes the API uses (UUIDs for senders, 32-hex for apps, 24-hex for bundles, 26-character
 * ULID-like ids for webhooks) from a seeded random source, so that a run with the same seed and the same calls
 * produces the same ids.
 */
public final class Ids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Random random;

    public Ids(long seed) {
        this.random = new Random(seed);
    }

    public synchronized String uuid() {
        String h = hex(32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a"
                + h.substring(17, 20) + "-" + h.substring(20);
    }

    public synchronized String hex(int length) {
        return pick(HEX, length);
    }

    /** Upper-case hex, the form of Conversation API app ids. */
    public synchronized String appId() {
        return hex(32).toUpperCase(java.util.Locale.ROOT);
    }

    public synchronized String ulid() {
        return pick(CROCKFORD, 26);
    }

    public synchronized String alphanumeric(int length) {
        return pick(ALNUM, length);
    }

    public synchronized String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A uniformly distributed double in [0, 1), for seeded outcome decisions. */
    public synchronized double nextDouble() {
        return random.nextDouble();
    }

    private String pick(char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
