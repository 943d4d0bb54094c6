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
