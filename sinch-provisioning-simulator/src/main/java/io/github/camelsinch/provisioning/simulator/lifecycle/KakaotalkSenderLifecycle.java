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

/**
 * KakaoTalk senders: a submitted sender waits for register (a token is sent to the admin phone, state VERIFYING)
 * and verify (state ACTIVE). Edits of an active sender are reviewed and applied or rejected by themselves.
 */
public final class KakaotalkSenderLifecycle implements Lifecycle {

    @Override
    public ResourceKind kind() {
        return ResourceKind.KAKAOTALK_SENDER;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "changes.status DRAFT", "waits for an update with status SUBMIT", ""),
                new Stage("IN_PROGRESS", "changes.status IN_PROGRESS",
                        "new sender: waits for register; edit of an ACTIVE sender: ACTIVE; either may be REJECTED",
                        ""),
                new Stage("VERIFYING", "state VERIFYING (token sent to the admin phone)", "waits for verify", ""),
                new Stage("ACTIVE", "state ACTIVE, changes applied", "final", "KAKAOTALK_SENDER_ACTIVE"),
                new Stage("REJECTED", "changes.status REJECTED", "waits for a new update",
                        "KAKAOTALK_SENDER_REJECTED"),
                new Stage("INACTIVE", "state INACTIVE", "final (forced only)", "KAKAOTALK_SENDER_INACTIVE"),
                new Stage("BLOCKED", "state BLOCKED", "final (forced only)", ""),
                new Stage("SUSPENDED", "state SUSPENDED", "final (forced only)", ""));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        if (!"IN_PROGRESS".equals(stage)) {
            return Optional.empty();
        }
        if (outcomes.rejects(ChangeSet.currentDetails(resource.json()).path("name").asText())) {
            return Optional.of("REJECTED");
        }
        return "ACTIVE".equals(resource.json().path("state").asText()) ? Optional.of("ACTIVE") : Optional.empty();
    }

    @Override
    public void enter(String stage, Transition t) {
        switch (stage) {
            case "DRAFT", "IN_PROGRESS" -> {
                ChangeSet.mark(t.json(), stage);
                t.activity(stage);
                return;
            }
            case "REJECTED" -> {
                ChangeSet.mark(t.json(), "REJECTED");
                t.touch();
                t.activity(stage);
                t.emit("KAKAOTALK_SENDER_REJECTED");
                return;
            }
            case "ACTIVE" -> ChangeSet.apply(t.json());
            default -> {
            }
        }
        t.json().put("state", stage);
        t.touch();
        t.activity(stage);
        if ("ACTIVE".equals(stage)) {
            t.emit("KAKAOTALK_SENDER_ACTIVE");
        } else if ("INACTIVE".equals(stage)) {
            t.emit("KAKAOTALK_SENDER_INACTIVE");
        }
    }
}
