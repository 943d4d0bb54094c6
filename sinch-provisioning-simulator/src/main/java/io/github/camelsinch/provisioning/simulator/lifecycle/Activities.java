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
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Records activity entries ({@code type, created, author, comment?}) on resources. Each kind has its own enum of
 * activity types in the contract; a type the kind does not know is not recorded, so activity lists always
 * validate (e.g. KakaoTalk templates have no {@code ACTIVE} entry).
 */
public final class Activities {

    /** The author the API shows for changes made through the API. */
    public static final String API_USER = "Provisioning API user";
    /** The author shown for steps the simulated review takes by itself. */
    public static final String REVIEWER = "Sinch";

    private final Map<ResourceKind, List<String>> allowed = new EnumMap<>(ResourceKind.class);

    public Activities(Contract contract) {
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind.notificationEnum() != null) {
                allowed.put(kind, contract.enumValues(kind.notificationEnum()));
            }
        }
    }

    public void record(StoredResource resource, String type, String comment, Instant at) {
        List<String> types = allowed.get(resource.kind());
        if (types != null && !types.contains(type)) {
            return;
        }
        ObjectNode entry = Json.object();
        entry.put("type", type);
        entry.put("created", Timestamps.format(at));
        entry.put("author", comment != null || "CREATED".equals(type) || "EDITED".equals(type) ? API_USER : REVIEWER);
        if (comment != null) {
            entry.put("comment", comment);
        }
        resource.addActivity(entry);
    }
}
