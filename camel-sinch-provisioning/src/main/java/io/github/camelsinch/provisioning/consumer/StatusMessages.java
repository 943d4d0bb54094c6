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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.tracking.ChangeHeaders;
import io.github.camelsinch.provisioning.tracking.StatusChange;
import io.github.camelsinch.provisioning.tracking.WatchedResource;
import org.apache.camel.Message;

/** Turns a {@link StatusChange} into the message a route receives: the typed resource and the documented headers. */
final class StatusMessages {

    private StatusMessages() {
    }

    /**
     * @throws IllegalStateException when the item cannot be read as its model (the change then stays pending)
     */
    static void fill(Message message, ApiOperation operation, WatchedResource resource, StatusChange change,
                     long observedAtMillis) {
        message.setBody(change.item() == null ? null : model(resource, change));
        message.setHeader(SinchProvisioningConstants.API, operation.api());
        message.setHeader(SinchProvisioningConstants.WATCHED_OPERATION, operation.uriPath());
        message.setHeader(SinchProvisioningConstants.RESOURCE_ID, change.resourceId());
        ChangeHeaders.setTransition(message, change);
        message.setHeader(SinchProvisioningConstants.DEDUP_KEY, change.dedupKey());
        message.setHeader(SinchProvisioningConstants.OBSERVED_AT, observedAtMillis);
    }

    private static Object model(WatchedResource resource, StatusChange change) {
        try {
            return ModelJson.mapper().treeToValue(change.item(), resource.itemType());
        } catch (JsonProcessingException e) {
            // The location only: Jackson's message may quote the item, and items can hold tokens.
            throw new IllegalStateException("Cannot read resource " + change.resourceId() + " of "
                    + resource.uriPath() + " as " + resource.itemType().getSimpleName() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
