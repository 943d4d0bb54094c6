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

import java.util.Map;

/**
 * The main status of a resource: its first status field that has a value, in the order of the resource kind's
 * status fields ({@link WatchedResource#statusFields()}). For senders, templates and the account that is the
 * {@code state}, else the {@code changes.status} of a pending change (a template just submitted has no state yet);
 * for RCS senders and bundles the {@code state}; for Conversation channels the {@code status}. So the main status is
 * present whenever any status field is, and absent only when none is.
 */
final class MainStatus {

    private MainStatus() {
    }

    /**
     * @param statuses status field path to value (null for an absent field), in the kind's order
     * @return the first value that is not null; null when there is none
     */
    public static String of(Map<String, String> statuses) {
        for (String value : statuses.values()) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
