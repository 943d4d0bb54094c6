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
 * WhatsApp senders. Embedded-signup senders become ACTIVE after review; senders for a new or partner-provided
 * number stop in PENDING_VERIFICATION until the client registers the number and verifies the OTP.
 */
public final class WhatsappSenderLifecycle implements Lifecycle {

    /** Internal flag set at creation for senders that must go through register + verify. */
    public static final String NEEDS_VERIFICATION = "needsVerification";

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_SENDER;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "changes.status DRAFT", "waits for an update with status SUBMIT", ""),
                new Stage("IN_PROGRESS", "changes.status IN_PROGRESS",
                        "ACTIVE, REJECTED, or PENDING_VERIFICATION for numbers that need an OTP", ""),
                new Stage("PENDING_VERIFICATION", "state PENDING_VERIFICATION, changes applied",
                        "waits for register, then verify with the OTP", "WHATSAPP_SENDER_PENDING_VERIFICATION"),
                new Stage("VERIFYING", "state IN_PROGRESS after a correct OTP", "ACTIVE", ""),
                new Stage("ACTIVE", "state ACTIVE, changes applied", "final", "WHATSAPP_SENDER_ACTIVE"),
                new Stage("REJECTED", "changes.status REJECTED with errorReason", "waits for a new update",
                        "WHATSAPP_SENDER_REJECTED"),
                new Stage("ERROR", "state ERROR", "final (forced only)", "WHATSAPP_SENDER_ERROR"),
                new Stage("INACTIVE", "state INACTIVE", "final (forced only)", "WHATSAPP_SENDER_INACTIVE"),
                new Stage("SUSPENDED", "state SUSPENDED", "final (forced only)", ""));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        return switch (stage) {
            case "IN_PROGRESS" -> {
                String label = ChangeSet.currentDetails(resource.json()).path("displayName").asText();
                if (outcomes.rejects(label)) {
                    yield Optional.of("REJECTED");
                }
                boolean verify =
                        !resource.json().has("state") && resource.internal().path(NEEDS_VERIFICATION).asBoolean();
                yield Optional.of(verify ? "PENDING_VERIFICATION" : "ACTIVE");
            }
            case "VERIFYING" -> Optional.of("ACTIVE");
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
            case "PENDING_VERIFICATION" -> state(t, stage, "WHATSAPP_SENDER_PENDING_VERIFICATION");
            case "VERIFYING" -> {
                t.json().put("state", "IN_PROGRESS");
                t.activity("VERIFIED");
            }
            case "ACTIVE" -> state(t, stage, "WHATSAPP_SENDER_ACTIVE");
            case "REJECTED" -> {
                ChangeSet.mark(t.json(), "REJECTED")
                        .put("errorReason", "The sender details were rejected during review.");
                t.activity("REJECTED");
                t.emit("WHATSAPP_SENDER_REJECTED");
            }
            case "ERROR" -> state(t, stage, "WHATSAPP_SENDER_ERROR");
            case "INACTIVE" -> state(t, stage, "WHATSAPP_SENDER_INACTIVE");
            case "SUSPENDED" -> state(t, stage, null);
            default -> throw new IllegalArgumentException(stage);
        }
    }

    private static void state(Transition t, String state, String trigger) {
        ChangeSet.apply(t.json());
        t.json().put("state", state);
        t.touch();
        t.activity(state);
        if (trigger != null) {
            t.emit(trigger);
        }
    }
}
