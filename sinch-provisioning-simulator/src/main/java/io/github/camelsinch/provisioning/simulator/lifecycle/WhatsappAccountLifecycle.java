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

/** The project's WhatsApp account: onboarding review, Facebook verification, and reviews of later edits. */
public final class WhatsappAccountLifecycle implements Lifecycle {

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_ACCOUNT;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "changes.status DRAFT", "waits for an update with status SUBMIT", ""),
                new Stage("IN_PROGRESS", "changes.status IN_PROGRESS",
                        "new account: PENDING_FACEBOOK_VERIFICATION; edit: CHANGES_APPLIED or CHANGES_REJECTED", ""),
                new Stage("PENDING_FACEBOOK_VERIFICATION", "state PENDING_FACEBOOK_VERIFICATION, changes applied",
                        "ONBOARDED, or REJECTED", "WHATSAPP_ACCOUNT_PENDING_VERIFICATION"),
                new Stage("ONBOARDED", "state ONBOARDED", "final", "WHATSAPP_ACCOUNT_ONBOARDED"),
                new Stage("REJECTED", "state REJECTED", "final", "WHATSAPP_ACCOUNT_REJECTED"),
                new Stage("CHANGES_APPLIED", "edited details live, no changes", "final",
                        "WHATSAPP_WABA_ACCOUNT_CHANGED"),
                new Stage("CHANGES_REJECTED", "changes.status REJECTED, state unchanged", "waits for a new update",
                        "WHATSAPP_ACCOUNT_REJECTED"));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        String label = ChangeSet.currentDetails(resource.json()).path("companyLegalName").asText();
        boolean isNew = !resource.json().has("state");
        return switch (stage) {
            case "IN_PROGRESS" -> Optional.of(isNew ? "PENDING_FACEBOOK_VERIFICATION"
                    : outcomes.rejects(label) ? "CHANGES_REJECTED" : "CHANGES_APPLIED");
            case "PENDING_FACEBOOK_VERIFICATION" -> Optional.of(outcomes.rejects(label) ? "REJECTED" : "ONBOARDED");
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
            case "PENDING_FACEBOOK_VERIFICATION" -> {
                ChangeSet.apply(t.json());
                t.json().put("state", stage);
                t.activity(stage);
                t.emit("WHATSAPP_ACCOUNT_PENDING_VERIFICATION");
            }
            case "ONBOARDED" -> {
                ChangeSet.apply(t.json());
                t.json().put("state", stage);
                t.emit("WHATSAPP_ACCOUNT_ONBOARDED");
            }
            case "REJECTED" -> {
                t.json().put("state", stage);
                t.activity(stage);
                t.emit("WHATSAPP_ACCOUNT_REJECTED");
            }
            case "CHANGES_APPLIED" -> {
                ChangeSet.apply(t.json());
                t.emit("WHATSAPP_WABA_ACCOUNT_CHANGED");
            }
            case "CHANGES_REJECTED" -> {
                ChangeSet.mark(t.json(), "REJECTED");
                t.activity("REJECTED");
                t.emit("WHATSAPP_ACCOUNT_REJECTED");
            }
            default -> throw new IllegalArgumentException(stage);
        }
    }
}
