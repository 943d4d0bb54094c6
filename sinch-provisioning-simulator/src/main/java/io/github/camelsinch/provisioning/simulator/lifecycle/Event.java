package io.github.camelsinch.provisioning.simulator.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;

import java.util.function.Consumer;

/**
 * Something a webhook can be told about: a trigger of the contract's {@code WebhookWebhookTriggersEnum} with the
 * resource snapshot at that moment.
 *
 * @param projectId   the project whose webhooks are notified
 * @param trigger     e.g. {@code WHATSAPP_TEMPLATE_APPROVED}
 * @param kind        kind of the resource concerned
 * @param resourceKey key of the resource concerned
 * @param payload     the resource JSON as GET would return it, or null (RCS account comments carry none)
 * @param comment     comment text for {@code *_COMMENT_ADDED} triggers, else null
 * @param onDelivered called with each delivery outcome (bundles record them in {@code webhookDeliveryStatuses})
 */
public record Event(String projectId, String trigger, ResourceKind kind, String resourceKey, ObjectNode payload,
                    String comment, Consumer<DeliveryOutcome> onDelivered) {

    /** What happened when one webhook was called for an event. */
    public record DeliveryOutcome(String webhookId, int httpStatus, String error, java.time.Instant at) {
    }
}
