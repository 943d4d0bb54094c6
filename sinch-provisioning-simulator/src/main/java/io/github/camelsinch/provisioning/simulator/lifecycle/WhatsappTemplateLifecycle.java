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

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Optional;

/** WhatsApp templates: submitted, reviewed by Meta (PENDING), then APPROVED or REJECTED. */
public final class WhatsappTemplateLifecycle implements Lifecycle {

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_TEMPLATE;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "changes.status DRAFT", "waits for an update with status SUBMIT", ""),
                new Stage("IN_PROGRESS", "changes.status IN_PROGRESS", "PENDING", ""),
                new Stage("PENDING", "state PENDING, changes applied, whatsappId assigned", "APPROVED or REJECTED",
                        "WHATSAPP_TEMPLATE_STATUS_UPDATED"),
                new Stage("APPROVED", "state APPROVED", "final", "WHATSAPP_TEMPLATE_APPROVED"),
                new Stage("REJECTED", "state REJECTED with rejectionCode", "waits for a new update",
                        "WHATSAPP_TEMPLATE_REJECTED"),
                new Stage("PAUSED", "state PAUSED", "final (forced only)", "WHATSAPP_TEMPLATE_STATUS_UPDATED"),
                new Stage("DISABLED", "state DISABLED", "final (forced only)", "WHATSAPP_TEMPLATE_STATUS_UPDATED"));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        return switch (stage) {
            case "IN_PROGRESS" -> Optional.of("PENDING");
            case "PENDING" -> Optional.of(outcomes.rejects(resource.json().path("name").asText())
                    ? "REJECTED" : "APPROVED");
            default -> Optional.empty();
        };
    }

    @Override
    public void enter(String stage, Transition t) {
        switch (stage) {
            case "DRAFT", "IN_PROGRESS" -> {
                ChangeSet.mark(t.json(), stage);
                t.activity(stage);
            }
            case "PENDING" -> {
                ChangeSet.apply(t.json());
                if (!t.json().has("whatsappId")) {
                    t.json().put("whatsappId", t.ids().digits(15));
                }
                t.json().put("state", stage);
                t.json().remove("rejectionCode");
                t.emit("WHATSAPP_TEMPLATE_STATUS_UPDATED");
            }
            case "APPROVED" -> {
                ChangeSet.apply(t.json());
                t.json().put("state", stage);
                t.json().remove("rejectionCode");
                t.emit("WHATSAPP_TEMPLATE_APPROVED");
            }
            case "REJECTED" -> {
                t.json().put("state", stage);
                t.json().put("rejectionCode", "INVALID_FORMAT");
                t.activity(stage);
                t.emit("WHATSAPP_TEMPLATE_REJECTED");
            }
            case "PAUSED", "DISABLED" -> {
                t.json().put("state", stage);
                t.emit("WHATSAPP_TEMPLATE_STATUS_UPDATED");
            }
            default -> throw new IllegalArgumentException(stage);
        }
    }
}
