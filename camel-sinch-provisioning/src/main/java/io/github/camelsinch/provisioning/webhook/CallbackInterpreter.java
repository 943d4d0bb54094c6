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
package io.github.camelsinch.provisioning.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.tracking.PushedChangeTracker;
import io.github.camelsinch.provisioning.tracking.StatusChange;

import java.util.Optional;

/**
 * Turns a verified callback into what the route receives, comparing the resource with the state it shares with
 * the poll. The dedup key is, in this order:
 * <ol>
 *   <li>a status transition not delivered yet: the key the poll computes for it ({@code <id>#<n>:<hash>}), and
 *       the state moves on once the route processed it, so the next poll reports nothing new;</li>
 *   <li>a status trigger whose state was already delivered (by the poll, or by an earlier attempt of this callback
 *       whose answer got lost): the key of that delivery, so an idempotent consumer drops the duplicate;</li>
 *   <li>anything else (comments, quality or category changes, a kind no poll watches, a trigger this version does
 *       not know): {@code <id>~<TRIGGER>:<hash of the envelope>}, the same for every retry of the callback.</li>
 * </ol>
 * A status or deletion callback whose payload is older than the delivered state is not routed at all
 * ({@link CallbackDelivery#superseded()}).
 */
final class CallbackInterpreter {

    /** The payload does not fit its model (a wrong type where the contract has another). */
    static final class UnreadablePayloadException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadablePayloadException(String message) {
            super(message);
        }
    }

    private final PushedChangeTracker tracker;
    private final String projectId;

    CallbackInterpreter(PushedChangeTracker tracker, String projectId) {
        this.tracker = tracker;
        this.projectId = projectId;
    }

    CallbackDelivery interpret(CallbackEnvelope envelope) throws UnreadablePayloadException {
        String trigger = envelope.type();
        Optional<CallbackResourceKind> found = CallbackResourceKind.of(trigger);
        if (found.isEmpty()) {
            return new CallbackDelivery(envelope, null, envelope.payload(), null, null,
                    PushedChangeTracker.eventKey(null, trigger, envelope.json()));
        }
        CallbackResourceKind kind = found.get();
        Object body = model(kind, envelope);
        Optional<String> watched = kind.watchedOperation().filter(PushedChangeTracker::isTracked);
        if (watched.isEmpty() || envelope.payload() == null) {
            // The RCS account is one per project, like the WhatsApp account the poll identifies by the project id.
            String id = kind == CallbackResourceKind.RCS_ACCOUNT ? projectId : null;
            return new CallbackDelivery(envelope, kind, body, id, null,
                    PushedChangeTracker.eventKey(id, trigger, envelope.json()));
        }
        PushedChangeTracker.Observation observation = CallbackResourceKind.isRemovalTrigger(trigger)
                ? tracker.observeRemoval(watched.get(), envelope.payload())
                : tracker.observe(watched.get(), envelope.payload());
        String key = observation.change().map(StatusChange::dedupKey)
                .or(() -> CallbackResourceKind.isStatusTrigger(trigger) ? observation.deliveredKey() : Optional.empty())
                .orElseGet(() -> PushedChangeTracker.eventKey(observation.resourceId(), trigger, envelope.json()));
        return new CallbackDelivery(envelope, kind, body, observation.resourceId(), observation, key);
    }

    /** The route processed the delivery: the shared state moves on (a no-op when it reported no transition). */
    void committed(CallbackDelivery delivery) {
        if (delivery.observation() != null) {
            tracker.commit(delivery.observation());
        }
    }

    private static Object model(CallbackResourceKind kind,
                                CallbackEnvelope envelope) throws UnreadablePayloadException {
        if (envelope.payload() == null || kind.modelType().isEmpty()) {
            return envelope.payload();
        }
        try {
            return ModelJson.mapper().treeToValue(envelope.payload(), kind.modelType().get());
        } catch (JsonProcessingException e) {
            // The location only: Jackson's message may quote the payload, and payloads can hold tokens.
            throw new UnreadablePayloadException("Cannot read the payload of a " + envelope.type() + " callback as "
                    + kind.modelType().get().getSimpleName() + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
