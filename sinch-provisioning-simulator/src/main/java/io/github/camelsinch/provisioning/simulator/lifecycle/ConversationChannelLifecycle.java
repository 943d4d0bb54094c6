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
 * Instagram, Messenger, Telegram and Viber channels of Conversation API apps. The contract has no webhook trigger
 * for them: clients observe the status by polling the four GET operations.
 */
public final class ConversationChannelLifecycle implements Lifecycle {

    @Override
    public ResourceKind kind() {
        return ResourceKind.CONVERSATION_CHANNEL;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("PENDING", "status PENDING", "ACTIVE, or ERROR", ""),
                new Stage("ACTIVE", "status ACTIVE", "final", ""),
                new Stage("FAILING", "status FAILING with statusDescription", "final (forced only)", ""),
                new Stage("ERROR", "status ERROR with statusDescription", "final", ""));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        return "PENDING".equals(stage)
                ? Optional.of(outcomes.rejects(resource.json().path("name").asText()) ? "ERROR" : "ACTIVE")
                : Optional.empty();
    }

    @Override
    public void enter(String stage, Transition t) {
        t.json().put("status", stage);
        switch (stage) {
            case "FAILING" -> t.json().put("statusDescription", "The channel reports delivery failures.");
            case "ERROR" -> t.json().put("statusDescription", "The channel credentials were rejected.");
            default -> t.json().remove("statusDescription");
        }
    }
}
