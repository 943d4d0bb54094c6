package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.consumer.PushedChangeTracker;
import io.github.camelsinch.provisioning.consumer.StatusChange;
import org.apache.camel.Message;

import java.util.List;
import java.util.Map;

/**
 * The message a route receives for a callback: the headers of the polling consumer (so a route can take either
 * source), plus the trigger in {@code CamelSinchProvEventType} and the comment of comment events. Without a
 * transition (a comment, a state already delivered) {@code CamelSinchProvChangeType} is absent and the previous
 * statuses are empty.
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
        setIfPresent(message, SinchProvisioningConstants.RESOURCE_ID, delivery.resourceId());
        message.setHeader(SinchProvisioningConstants.EVENT_TYPE, delivery.envelope().type());
        setIfPresent(message, SinchProvisioningConstants.COMMENT, delivery.envelope().comment());
        PushedChangeTracker.Observation observation = delivery.observation();
        if (observation != null && observation.change().isPresent()) {
            StatusChange change = observation.change().get();
            message.setHeader(SinchProvisioningConstants.CHANGE_TYPE, change.type().name());
            setIfPresent(message, SinchProvisioningConstants.PREVIOUS_STATUS, change.previousStatus());
            setIfPresent(message, SinchProvisioningConstants.NEW_STATUS, change.newStatus());
            message.setHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, change.previousStatuses());
            message.setHeader(SinchProvisioningConstants.NEW_STATUSES, change.newStatuses());
            message.setHeader(SinchProvisioningConstants.CHANGED_FIELDS, change.changedFields());
        } else if (observation != null) {
            setIfPresent(message, SinchProvisioningConstants.NEW_STATUS, observation.mainStatus());
            message.setHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, Map.of());
            message.setHeader(SinchProvisioningConstants.NEW_STATUSES, observation.statuses());
            message.setHeader(SinchProvisioningConstants.CHANGED_FIELDS, List.of());
        }
        message.setHeader(SinchProvisioningConstants.DEDUP_KEY, delivery.dedupKey());
        message.setHeader(SinchProvisioningConstants.OBSERVED_AT, receivedAtMillis);
    }

    /** Absent rather than null: a null header value breaks code that copies headers into immutable maps. */
    private static void setIfPresent(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
