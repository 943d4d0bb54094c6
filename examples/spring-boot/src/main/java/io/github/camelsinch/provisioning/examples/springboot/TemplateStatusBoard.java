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
package io.github.camelsinch.provisioning.examples.springboot;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The status changes the template-status route received, per template ({@code name/LANGUAGE}). */
@Component("templateStatusBoard")
public class TemplateStatusBoard {

    /** One status change: ADDED, CHANGED or REMOVED, with the main status before and after. */
    public record Change(String changeType, String previousStatus, String newStatus) {
    }

    private final Map<String, List<Change>> changes = new ConcurrentHashMap<>();

    public void record(@Header(SinchProvisioningConstants.RESOURCE_ID) String templateId,
                       @Header(SinchProvisioningConstants.CHANGE_TYPE) String changeType,
                       @Header(SinchProvisioningConstants.PREVIOUS_STATUS) String previousStatus,
                       @Header(SinchProvisioningConstants.NEW_STATUS) String newStatus) {
        changes.computeIfAbsent(templateId, id -> new CopyOnWriteArrayList<>())
                .add(new Change(changeType, previousStatus, newStatus));
    }

    /** Every change of the template received so far, oldest first. */
    public List<Change> changesOf(String templateId) {
        return List.copyOf(changes.getOrDefault(templateId, List.of()));
    }

    /** The main status after the last change received, if any. */
    public Optional<String> statusOf(String templateId) {
        List<Change> list = changesOf(templateId);
        return list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(list.size() - 1).newStatus());
    }
}
