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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.tracking.ChangeHeaders;
import io.github.camelsinch.provisioning.tracking.PushedChangeTracker;
import io.github.camelsinch.provisioning.tracking.StatusSummary;
import org.apache.camel.Message;

import java.util.List;
import java.util.Map;

/**
 * The message a route receives for a callback: the headers of the polling consumer (so a route can take either
 * source), plus the trigger in {@code CamelSinchProvEventType} and the comment of comment events. Without a
 * transition (a comment, a state already delivered) {@code CamelSinchProvChangeType} is absent, the previous
 * statuses are empty and the summary reads {@code no status change (...)}.
 */
final class CallbackMessages {

    private CallbackMessages() {
    }

    static void fill(Message message, CallbackDelivery delivery, long receivedAtMillis) {
        message.setBody(delivery.body());
        CallbackResourceKind kind = delivery.kind();
        if (kind != null) {
            message.setHeader(SinchProvisioningConstants.API, kind.api());
            kind.watchedOperation().ifPresent(op -> message.setHeader(SinchProvisioningConstants.WATCHED_OPERATION,
                    op));
        }
        ChangeHeaders.setOrRemove(message, SinchProvisioningConstants.RESOURCE_ID, delivery.resourceId());
        message.setHeader(SinchProvisioningConstants.EVENT_TYPE, delivery.envelope().type());
        ChangeHeaders.setOrRemove(message, SinchProvisioningConstants.COMMENT, delivery.envelope().comment());
        PushedChangeTracker.Observation observation = delivery.observation();
        if (observation != null && observation.change().isPresent()) {
            ChangeHeaders.setTransition(message, observation.change().get());
        } else if (observation != null) {
            ChangeHeaders.setOrRemove(message, SinchProvisioningConstants.NEW_STATUS, observation.mainStatus());
            message.setHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, Map.of());
            message.setHeader(SinchProvisioningConstants.NEW_STATUSES, observation.statuses());
            message.setHeader(SinchProvisioningConstants.CHANGED_FIELDS, List.of());
            Map<String, String> statuses = observation.statuses();
            message.setHeader(SinchProvisioningConstants.STATUS_SUMMARY, observation.stale()
                    ? StatusSummary.superseded(statuses) : StatusSummary.unchanged(statuses));
        }
        message.setHeader(SinchProvisioningConstants.DEDUP_KEY, delivery.dedupKey());
        message.setHeader(SinchProvisioningConstants.OBSERVED_AT, receivedAtMillis);
    }
}
