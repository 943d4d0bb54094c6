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

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.StateRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Change detection for a resource that was pushed (a webhook callback) rather than polled. It reads and writes the
 * very state scopes an unfiltered poll of the same resource kind uses (same {@link StateRepository}, same
 * {@code stateKey}, scope = operation + projectId), with the same {@link WatchedResource} ids and status fields and
 * the same {@link ChangeDetector}. That is what makes push and poll interchangeable: for one transition both compute
 * the same resource id, statuses and dedup key, and whichever delivers it first moves the shared state on, so the
 * other sees nothing new.
 * <p>
 * A push can be out of order where a poll cannot: Sinch retries a failed callback after a newer one got through. A
 * payload whose {@code modified} time is strictly before the delivered state's reports no change, rather than a
 * change back; with equal or unknown times the payload counts as the current state, as a poll's would.
 * <p>
 * The tracker never writes a scope's index or baseline: those belong to the poll, which repairs its index from the
 * fingerprints it finds ({@code consumer.ScopeScan}).
 */
public final class PushedChangeTracker {

    /**
     * What a callback says about one resource, compared with the delivered state.
     *
     * @param uriPath      the watched operation whose state the callback was compared with
     * @param resourceId   the id the poll uses; null when the payload lacks an id field (nothing is tracked)
     * @param statuses     the status fields of the payload, main status first
     * @param change       the transition not yet delivered, if the payload shows one
     * @param deliveredKey without a change: the dedup key of the delivery that already reported this state
     * @param modified     the payload's modified time; null when the kind or the payload has none
     * @param newerDelivered the modified time of the delivered state, when the payload differs from it but is
     *                       older (a retried callback arriving after a newer state was delivered): then there is
     *                       no change, since reporting one would move the state back
     */
    public record Observation(String uriPath, String resourceId, Map<String, String> statuses,
                              Optional<StatusChange> change, Optional<String> deliveredKey, String modified,
                              Optional<String> newerDelivered) {

        /** The {@link MainStatus} of the payload; null when no status field has a value. */
        public String mainStatus() {
            return MainStatus.of(statuses);
        }

        /** True when the payload is older than the state already delivered (see {@code newerDelivered}). */
        public boolean stale() {
            return newerDelivered.isPresent();
        }
    }

    private final StateRepository<String, String> repository;
    private final String stateKey;
    private final String projectId;
    private final Map<String, ConsumerState> scopes = new ConcurrentHashMap<>();

    public PushedChangeTracker(StateRepository<String, String> repository, String stateKey, String projectId) {
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("projectId is required to track pushed changes");
        }
        this.repository = repository;
        this.stateKey = stateKey == null || stateKey.isBlank() ? "default" : stateKey;
        this.projectId = projectId;
    }

    /** A callback whose payload is the resource as it is now. */
    public Observation observe(String uriPath, JsonNode item) {
        WatchedResource resource = require(uriPath);
        ConsumerState state = scope(resource);
        String id = idOf(resource, item);
        ResourceSnapshot polledShape = resource.snapshot(id == null ? "" : id, item, List.of());
        if (id == null) {
            return new Observation(uriPath, null, polledShape.statuses(), Optional.empty(), Optional.empty(),
                    polledShape.modified(), Optional.empty());
        }
        String stored = state.fingerprint(id);
        Optional<Fingerprint> previous = Fingerprint.decode(stored, resource.statusFields())
                .filter(Fingerprint::present);
        // A callback knows nothing of the poll's watchFields: keep their stored hashes, so a change of a watched
        // field is still the poll's to report, and no watched field looks changed here.
        Map<String, String> watched = previous.map(Fingerprint::watched).orElse(Map.of());
        ResourceSnapshot snapshot = new ResourceSnapshot(id, polledShape.statuses(), polledShape.modified(), watched,
                item);
        Optional<StatusChange> change = ChangeDetector.detect(stored, snapshot);
        Optional<String> newer = change.isPresent() ? newerDelivered(polledShape.modified(), previous)
                : Optional.empty();
        if (newer.isPresent()) {
            return new Observation(uriPath, id, snapshot.statuses(), Optional.empty(), Optional.empty(),
                    polledShape.modified(), newer);
        }
        Optional<String> delivered = change.isPresent() ? Optional.empty() : ChangeDetector.deliveredKey(id, stored,
                resource.statusFields());
        return new Observation(uriPath, id, snapshot.statuses(), change, delivered, polledShape.modified(),
                Optional.empty());
    }

    /** A callback saying the resource was deleted: the same REMOVED (and key) a complete listing would produce. */
    public Observation observeRemoval(String uriPath, JsonNode item) {
        WatchedResource resource = require(uriPath);
        ConsumerState state = scope(resource);
        String id = idOf(resource, item);
        ResourceSnapshot payload = resource.snapshot(id == null ? "" : id, item, List.of());
        if (id == null) {
            return new Observation(uriPath, null, payload.statuses(), Optional.empty(), Optional.empty(),
                    payload.modified(), Optional.empty());
        }
        String stored = state.fingerprint(id);
        Optional<StatusChange> removal = ChangeDetector.removed(id, stored, resource.statusFields());
        // A deletion older than the delivered state (the resource was deleted and made again since) removes
        // nothing: the resource the state knows is the newer one.
        Optional<String> newer = removal.isPresent() ? newerDelivered(payload.modified(),
                Fingerprint.decode(stored, resource.statusFields()).filter(Fingerprint::present)) : Optional.empty();
        return new Observation(uriPath, id, payload.statuses(), newer.isPresent() ? Optional.empty() : removal,
                Optional.empty(), payload.modified(), newer);
    }

    /** Stores the new state of a delivered transition; call only once its exchange succeeded. */
    public void commit(Observation observation) {
        ConsumerState state = scope(require(observation.uriPath()));
        observation.change()
                .ifPresent(change -> state.storeFingerprint(change.resourceId(), change.newFingerprint().encode()));
    }

    /**
     * A key for a callback that is not a transition (a comment, a quality change): the same for every retry of
     * that callback, different for another callback. The hash ignores the order of JSON fields.
     */
    public static String eventKey(String resourceId, String trigger, JsonNode envelope) {
        return (resourceId == null ? "" : resourceId) + "~" + trigger + ":" + FieldHash.ofText(
                trigger + "|" + FieldHash.of(envelope), 4);
    }

    /** True when a callback of this kind can be compared with polled state. */
    public static boolean isTracked(String uriPath) {
        return WatchedResources.find(uriPath).filter(r -> r.idSource() != WatchedResource.IdSource.CONVERSATION_APP_ID)
                .isPresent();
    }

    /**
     * The delivered state's modified time when the payload's is strictly older; empty when either is missing or
     * unreadable, or when they are equal (then the order is unknown and the payload counts as the current state).
     */
    private static Optional<String> newerDelivered(String payloadModified, Optional<Fingerprint> delivered) {
        return delivered.map(Fingerprint::modified)
                .filter(deliveredModified -> ModifiedTimes.isBefore(payloadModified, deliveredModified));
    }

    private String idOf(WatchedResource resource, JsonNode item) {
        return resource.idSource() == WatchedResource.IdSource.PROJECT_ID ? projectId : resource.idOf(item);
    }

    private ConsumerState scope(WatchedResource resource) {
        // The scope an unfiltered poll of this operation uses (see consumer.PollTargets): its projectId and the
        // stateKey.
        return scopes.computeIfAbsent(resource.uriPath(), uriPath -> new ConsumerState(repository,
                ConsumerState.describe(stateKey, uriPath, Map.of("projectId", projectId))));
    }

    private static WatchedResource require(String uriPath) {
        if (!isTracked(uriPath)) {
            throw new IllegalArgumentException("Pushed changes of " + uriPath + " cannot be tracked");
        }
        return WatchedResources.find(uriPath).orElseThrow();
    }
}
