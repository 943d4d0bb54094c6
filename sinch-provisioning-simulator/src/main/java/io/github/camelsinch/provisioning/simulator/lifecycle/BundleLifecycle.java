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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Bundles: the ordered subproject, SMS app and Conversation app are provisioned, then the bundle is DONE and
 * BUNDLE_DONE is delivered; each delivery result is recorded in {@code webhookDeliveryStatuses}.
 */
public final class BundleLifecycle implements Lifecycle {

    private final BiConsumer<Transition, String> conversationAppCreated;

    /** @param conversationAppCreated told about the Conversation app of a finished bundle, so it can be looked up */
    public BundleLifecycle(BiConsumer<Transition, String> conversationAppCreated) {
        this.conversationAppCreated = conversationAppCreated;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.BUNDLE;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("IN_PROGRESS", "state IN_PROGRESS, subproject PENDING, SMS app PENDING_ADD",
                        "DONE, or FAILED", ""),
                new Stage("DONE", "state DONE, subproject READY, SMS app ACTIVE", "final", "BUNDLE_DONE"),
                new Stage("FAILED", "state FAILED", "final", ""));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        return "IN_PROGRESS".equals(stage)
                ? Optional.of(outcomes.rejects(resource.json().path("name").asText()) ? "FAILED" : "DONE")
                : Optional.empty();
    }

    @Override
    public void enter(String stage, Transition t) {
        ObjectNode json = t.json();
        json.put("state", stage);
        if (!"DONE".equals(stage)) {
            return;
        }
        if (json.path("subproject").isObject()) {
            ((ObjectNode) json.get("subproject")).put("status", "READY");
        }
        if (json.path("smsApp").isObject()) {
            ((ObjectNode) json.get("smsApp")).put("status", "ACTIVE");
        }
        if (json.path("convApp").isObject()) {
            conversationAppCreated.accept(t, json.get("convApp").path("id").asText());
        }
        String key = t.resource().key();
        t.emit("BUNDLE_DONE", outcome -> {
            synchronized (t.project()) {
                t.project().find(ResourceKind.BUNDLE, key).ifPresent(bundle -> {
                    ArrayNode statuses = bundle.json().withArray("webhookDeliveryStatuses");
                    ObjectNode status = statuses.addObject()
                            .put("webhookId", outcome.webhookId())
                            // 0 means no HTTP answer; the contract only knows real status codes.
                            .put("httpStatusCode", outcome.httpStatus() == 0 ? 504 : outcome.httpStatus())
                            .put("date", Timestamps.format(outcome.at()));
                    if (outcome.error() != null) {
                        status.put("errorMessage", outcome.error());
                    }
                });
            }
        });
    }
}
