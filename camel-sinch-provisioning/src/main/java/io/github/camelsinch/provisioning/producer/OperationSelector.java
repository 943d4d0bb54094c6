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
package io.github.camelsinch.provisioning.producer;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import org.apache.camel.Message;

/** The operation of a message: the endpoint's, unless the {@code CamelSinchProvOperation} header names another. */
final class OperationSelector {

    private OperationSelector() {
    }

    static ApiOperation select(ApiOperation endpointOperation, Message message) {
        String requested = message.getHeader(SinchProvisioningConstants.OPERATION, String.class);
        if (requested == null || requested.isBlank()) {
            return endpointOperation;
        }
        String name = requested.trim();
        int slash = name.indexOf('/');
        if (slash < 0) {
            return OperationCatalog.get().require(endpointOperation.api(), name);
        }
        return OperationCatalog.get().require(name.substring(0, slash), name.substring(slash + 1));
    }
}
