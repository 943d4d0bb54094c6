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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The status fields of a WhatsApp template, the resource kind the fingerprint tests use. */
final class TemplateStatuses {

    static final List<String> FIELDS = List.of("state", "changes.status");

    private TemplateStatuses() {
    }

    /** The statuses of one template, in {@link #FIELDS} order. */
    static Map<String, String> statuses(String state, String change) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("changes.status", change);
        return m;
    }
}
