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

/** KakaoTalk templates: a submitted template is reviewed and becomes APPROVED or REJECTED. */
public final class KakaotalkTemplateLifecycle implements Lifecycle {

    @Override
    public ResourceKind kind() {
        return ResourceKind.KAKAOTALK_TEMPLATE;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "changes.status DRAFT", "waits for an update with status SUBMIT", ""),
                new Stage("IN_PROGRESS", "changes.status IN_PROGRESS", "APPROVED or REJECTED", ""),
                new Stage("APPROVED", "state APPROVED, changes applied", "final", "KAKAOTALK_TEMPLATE_APPROVED"),
                new Stage("REJECTED", "changes.status REJECTED (state REJECTED if never approved)",
                        "waits for a new update", "KAKAOTALK_TEMPLATE_REJECTED"));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        if (!"IN_PROGRESS".equals(stage)) {
            return Optional.empty();
        }
        String name = ChangeSet.currentDetails(resource.json()).path("name").asText();
        return Optional.of(outcomes.rejects(name) ? "REJECTED" : "APPROVED");
    }

    @Override
    public void enter(String stage, Transition t) {
        switch (stage) {
            case "DRAFT", "IN_PROGRESS" -> {
                ChangeSet.mark(t.json(), stage);
                t.activity(stage);
            }
            case "APPROVED" -> {
                ChangeSet.apply(t.json());
                t.json().put("state", stage);
                t.touch();
                t.emit("KAKAOTALK_TEMPLATE_APPROVED");
            }
            case "REJECTED" -> {
                ChangeSet.mark(t.json(), "REJECTED");
                if (!t.json().has("state")) {
                    t.json().put("state", "REJECTED");
                }
                t.touch();
                t.activity(stage);
                t.emit("KAKAOTALK_TEMPLATE_REJECTED");
            }
            default -> throw new IllegalArgumentException(stage);
        }
    }
}
