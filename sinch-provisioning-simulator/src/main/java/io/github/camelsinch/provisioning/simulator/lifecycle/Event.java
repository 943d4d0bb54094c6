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
