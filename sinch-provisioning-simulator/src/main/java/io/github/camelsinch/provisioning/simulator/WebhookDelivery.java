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
