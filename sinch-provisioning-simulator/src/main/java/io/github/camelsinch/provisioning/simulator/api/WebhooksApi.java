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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tag "Webhooks": at most 15 webhooks per project (424 {@code webhook_limit_reached}), unique targets
 * (409 {@code webhook_exists}), listed alphabetically by target. The secret is kept but never returned.
 */
final class WebhooksApi extends TagApi implements ResourceSeeder {

    /** Key of the webhook secret in the resource's internal data. */
    static final String SECRET = "secret";
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    WebhooksApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("webhookcontroller_listwebhooks_v1", c -> ok(Pagination.page(c.operation(), c.request(),
                jsonOf(c.project().all(ResourceKind.WEBHOOK).stream()
                        .sorted(Comparator.comparing(w -> w.json().path("target").asText())).toList()),
                "webhooks")));
        routes.bind("webhookcontroller_createwebhook_v1", c -> created(register(c.project(), c.body()).json()));
        routes.bind("webhookcontroller_getwebhook_v1", c -> ok(webhook(c).json()));
        routes.bind("webhookcontroller_deletewebhook_v1", c -> {
            c.project().remove(ResourceKind.WEBHOOK, webhook(c).key());
            return noContent();
        });
        routes.bind("webhookcontroller_replacewebhook_v1", c -> change(c, true));
        routes.bind("webhookcontroller_updatewebhook_v1", c -> change(c, false));
    }

    private StoredResource webhook(Call c) {
        String id = c.path("webhookId");
        return c.project().find(ResourceKind.WEBHOOK, id).orElseThrow(() -> WELL_FORMED_ID.matcher(id).matches()
                ? PapiErrors.notFound("webhook_not_found", "Webhook not found.")
                : PapiErrors.invalid("invalid_id_format", List.of("webhookId has an invalid format")));
    }

    /** Registers a webhook for the project; used by the create operation and by bundles. */
    StoredResource register(ProjectState project, JsonNode input) {
        if (project.count(ResourceKind.WEBHOOK) >= ctx.maxWebhooks()) {
            throw PapiErrors.error(424, "webhook_limit_reached",
                    "The project already has the maximum of " + ctx.maxWebhooks() + " webhooks.");
        }
        requireUniqueTarget(project, input.path("target").asText(), null);
        ObjectNode json = defaults(project, input);
        StoredResource webhook = project.put(new StoredResource(ResourceKind.WEBHOOK, json.path("id").asText(), json));
        webhook.internal().put(SECRET, input.path(SECRET).asText());
        return webhook;
    }

    private void requireUniqueTarget(ProjectState project, String target, String exceptId) {
        boolean taken = project.all(ResourceKind.WEBHOOK).stream()
                .anyMatch(w -> !w.key().equals(exceptId) && w.json().path("target").asText().equals(target));
        if (taken) {
            throw PapiErrors.conflict("webhook_exists", "A webhook with this target already exists.");
        }
    }

    /** PUT replaces target, secret and triggers; PATCH changes only the fields it carries. */
    private ServerResponse change(Call c, boolean replace) {
        StoredResource webhook = webhook(c);
        JsonNode input = c.body();
        if (input.has("target")) {
            requireUniqueTarget(c.project(), input.path("target").asText(), webhook.key());
            webhook.json().put("target", input.path("target").asText());
        }
        if (input.has("triggers") || replace) {
            webhook.json().set("triggers", input.path("triggers").deepCopy());
        }
        if (input.has(SECRET)) {
            webhook.internal().put(SECRET, input.path(SECRET).asText());
        }
        return ok(webhook.json());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WEBHOOK;
    }

    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = Json.object();
        json.put("id", ctx.ids().ulid());
        json.put("projectId", project.projectId());
        json.put("target", input.path("target").asText("http://127.0.0.1/webhook"));
        json.set("triggers", input.has("triggers") ? input.get("triggers").deepCopy() : Json.array().add("ALL"));
        return json;
    }

    @Override
    public String initialStage() {
        return null;
    }

    /** A seeded webhook takes its secret from the seed option {@code secret} (or {@code resource.secret}). */
    @Override
    public void afterSeed(ProjectState project, StoredResource resource, JsonNode options) {
        JsonNode secret = options.has(SECRET) ? options.get(SECRET) : resource.json().remove(SECRET);
        resource.internal().put(SECRET, secret == null ? "" : secret.asText());
    }
}
