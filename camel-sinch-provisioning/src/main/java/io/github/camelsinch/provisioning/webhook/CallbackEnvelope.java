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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body Sinch POSTs to a webhook (contract schema {@code WebhookCallbackEvent}): the trigger in {@code type}, the
 * resource as it is at delivery time in {@code payload} (absent for RCS_ACCOUNT_COMMENT_ADDED), and the
 * {@code comment} of *_COMMENT_ADDED events. Other fields (RCS_SENDER_STATUS_UPDATED's previousState...) stay in
 * {@link #json()}. Only {@link CallbackEnvelopeReader} makes one, after checking every field the receiver uses.
 *
 * @param payload the resource JSON object; null when absent
 * @param comment null when absent
 * @param json    the whole envelope as received
 */
record CallbackEnvelope(String type, JsonNode payload, String comment, JsonNode json) {
}
