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

import io.github.camelsinch.provisioning.tracking.PushedChangeTracker;

/**
 * One verified callback, interpreted: what the route receives, and what to store once it processed it.
 *
 * @param kind        null for a trigger of a kind this version does not know
 * @param body        the typed model of the payload, the payload JSON for an unknown kind, or null
 * @param resourceId  the id the poll uses for the resource; null when there is none
 * @param observation the comparison with the state shared with the poll; null for kinds no poll watches
 * @param dedupKey    see {@link CallbackInterpreter}
 */
record CallbackDelivery(CallbackEnvelope envelope, CallbackResourceKind kind, Object body, String resourceId,
                        PushedChangeTracker.Observation observation, String dedupKey) {

    /**
     * A status or deletion callback whose payload is older than the state already delivered (a retry that arrives
     * after a newer callback or poll): it says nothing the route has not been told more recently, so it is answered
     * without running the route. Other callbacks with an older payload (a comment) still reach the route, as events.
     */
    boolean superseded() {
        String trigger = envelope.type();
        return observation != null && observation.stale()
                && (CallbackResourceKind.isStatusTrigger(trigger) || CallbackResourceKind.isRemovalTrigger(trigger));
    }
}
