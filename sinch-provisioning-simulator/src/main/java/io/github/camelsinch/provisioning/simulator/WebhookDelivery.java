package io.github.camelsinch.provisioning.simulator;

import java.time.Instant;

/**
 * One attempt to deliver a webhook callback.
 *
 * @param at        when the attempt was made (simulator clock)
 * @param projectId project of the webhook
 * @param webhookId the webhook called
 * @param target    its target URL
 * @param trigger   the event type
 * @param attempt   1 for the first attempt, 2 and up for retries
 * @param status    HTTP status answered, or 0 when no response came
 * @param error     why the attempt failed, or null
 */
public record WebhookDelivery(Instant at, String projectId, String webhookId, String target, String trigger,
                              int attempt, int status, String error) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
