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

import io.github.camelsinch.provisioning.state.BulkReadStateRepository;
import org.apache.camel.spi.StateRepository;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one scope (one operation with one set of parameters, under one {@code stateKey}) in a Camel
 * {@link StateRepository}. Keys are {@code sinch-prov:<scope hash>:<suffix>}: short, and free of the '=' and
 * newline that {@code FileStateRepository} forbids, whatever the ids and parameter values hold.
 * <ul>
 *   <li>{@code :scope} the readable scope, written with the baseline, for whoever inspects the store;</li>
 *   <li>{@code :baseline} present once the scope has a baseline: without it the next poll is a first start;</li>
 *   <li>{@code :index} the ids of the resources known to exist, because a StateRepository cannot list its keys
 *       and removals are found by what is missing; rewritten only when membership changes;</li>
 *   <li>{@code :r:<id>} one {@link Fingerprint} per resource.</li>
 * </ul>
 * With a {@link BulkReadStateRepository} (a database), a poll reads the whole scope once ({@link #beginPoll}) and
 * serves its reads from that snapshot, writing through to the repository and the snapshot alike; otherwise every
 * read goes to the repository, key by key.
 */
public final class ConsumerState {

    private final StateRepository<String, String> repository;
    private final String description;
    private final String prefix;
    /**
     * The scope as read at the start of the poll in progress and kept in step with its writes; else null.
     * Concurrent: an exchange may complete (and commit its state) on another thread while the poll reads.
     */
    private volatile Map<String, String> snapshot;

    public ConsumerState(StateRepository<String, String> repository, String description) {
        this.repository = repository;
        this.description = description;
        // 48 bits: scopes sharing one repository are a handful, a collision is not a practical concern.
        this.prefix = "sinch-prov:" + FieldHash.ofText(description, 6) + ":";
    }

    /**
     * The readable scope: {@code <stateKey>|<api/operation>|<name>:<value>;...} over the parameters that select
     * what is listed (pageSize and pageToken do not), sorted by name, values percent-encoded.
     */
    public static String describe(String stateKey, String uriPath, Map<String, String> parameters) {
        StringJoiner params = new StringJoiner(";");
        new TreeMap<>(parameters).forEach((name, value) -> params.add(name + ":" + encode(value)));
        return encode(stateKey) + "|" + uriPath + "|" + params;
    }

    public String description() {
        return description;
    }

    /**
     * Starts a poll of this scope: a {@link BulkReadStateRepository} is read once, here, instead of once per
     * resource. Ended by {@link #endPoll}.
     */
    public void beginPoll() {
        snapshot = repository instanceof BulkReadStateRepository bulk
                ? new ConcurrentHashMap<>(bulk.getStates(prefix)) : null;
    }

    /**
     * Ends the poll: the next one reads the repository again, because between polls another node may have written
     * the scope (leadership moved and back).
     */
    public void endPoll() {
        snapshot = null;
    }

    public boolean hasBaseline() {
        String marker = read(prefix + "baseline");
        return marker != null && !marker.isBlank();
    }

    /** Written last when baselining, so a crash half-way leaves a scope that baselines again. */
    public void markBaseline(String when) {
        write(prefix + "scope", description);
        write(prefix + "baseline", when);
    }

    public String fingerprint(String resourceId) {
        return read(resourceKey(resourceId));
    }

    public void storeFingerprint(String resourceId, String fingerprint) {
        write(resourceKey(resourceId), fingerprint);
    }

    /** The stored index, each entry checked ({@link StoredIndex}). */
    public StoredIndex index() {
        return StoredIndex.read(read(indexKey()));
    }

    public void storeIndex(Collection<String> resourceIds) {
        write(indexKey(), StoredIndex.encode(resourceIds));
    }

    /** The repository key of the index, to name it in a log. */
    public String indexKey() {
        return prefix + "index";
    }

    /** The repository key of a resource's fingerprint, to name it in a log. */
    public String fingerprintKey(String resourceId) {
        return resourceKey(resourceId);
    }

    private String read(String key) {
        Map<String, String> polled = snapshot;
        return polled != null ? polled.get(key) : repository.getState(key);
    }

    /** The repository first: when the write fails, the snapshot still holds what the repository holds. */
    private void write(String key, String value) {
        repository.setState(key, value);
        Map<String, String> polled = snapshot;
        if (polled != null) {
            if (value == null) {
                polled.remove(key);
            } else {
                polled.put(key, value);
            }
        }
    }

    private String resourceKey(String resourceId) {
        return prefix + "r:" + StoredIndex.encodeId(resourceId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ConsumerState[" + description + "]";
    }
}
