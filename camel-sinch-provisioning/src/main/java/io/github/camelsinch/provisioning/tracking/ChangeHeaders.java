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
package io.github.camelsinch.provisioning.tracking;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Message;

/**
 * The headers that describe one transition, written the same way for a polled change and for a pushed (webhook)
 * one, so a route can take either source.
 */
public final class ChangeHeaders {

    private ChangeHeaders() {
    }

    /** Change type, main and all previous and new statuses, the fields that changed and the summary line. */
    public static void setTransition(Message message, StatusChange change) {
        message.setHeader(SinchProvisioningConstants.CHANGE_TYPE, change.type().name());
        setOrRemove(message, SinchProvisioningConstants.PREVIOUS_STATUS, change.previousStatus());
        setOrRemove(message, SinchProvisioningConstants.NEW_STATUS, change.newStatus());
        message.setHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, change.previousStatuses());
        message.setHeader(SinchProvisioningConstants.NEW_STATUSES, change.newStatuses());
        message.setHeader(SinchProvisioningConstants.CHANGED_FIELDS, change.changedFields());
        message.setHeader(SinchProvisioningConstants.STATUS_SUMMARY, change.summary());
    }

    /** Absent rather than null: a null header value breaks code that copies headers into immutable maps. */
    public static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
