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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tag "Bundles": one order that provisions a subproject, an SMS app, a Conversation app and webhooks. The
 * bundle's webhooks are registered on the project (so the usual limit and duplicate checks apply) and receive
 * BUNDLE_DONE when provisioning finishes.
 */
final class BundlesApi extends TagApi implements ResourceSeeder {

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final WebhooksApi webhooks;

    BundlesApi(ApiContext ctx, WebhooksApi webhooks) {
        super(ctx);
        this.webhooks = webhooks;
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("bundlescontroller_list_v1", this::list);
        routes.bind("bundlescontroller_create_v1", this::create);
        routes.bind("bundlescontroller_get_v1", c -> {
            String id = c.path("bundleId");
            return ok(c.project().find(ResourceKind.BUNDLE, id).orElseThrow(() -> WELL_FORMED_ID.matcher(id).matches()
                    ? PapiErrors.notFound("bundle_not_found", "Bundle not found.")
                    : PapiErrors.invalid("invalid_id_format", List.of("bundleId has an invalid format"))).json());
        });
    }

    private ServerResponse list(Call c) {
        List<String> states = c.request().queryList("filterStates");
        List<String> convApps = c.request().queryList("filterConvAppIds");
        List<String> smsApps = c.request().queryList("filterSmsAppIds");
        List<StoredResource> bundles = c.project().all(ResourceKind.BUNDLE).stream()
                .filter(filter(states, j -> j.path("state")))
                .filter(filter(convApps, j -> j.path("convApp").path("id")))
                .filter(filter(smsApps, j -> j.path("smsApp").path("id")))
                .toList();
        return ok(Pagination.page(c.operation(), c.request(), jsonOf(bundles), "bundles"));
    }

    private ServerResponse create(Call c) {
        JsonNode input = c.body();
        if (!wanted(input.path("subproject")) && !wanted(input.path("smsApp")) && !wanted(input.path("convApp"))) {
            throw PapiErrors.invalid("no_services_to_create",
                    List.of("Order at least one of subproject, smsApp, convApp"));
        }
        if (!input.path("name").isTextual()) {
            throw PapiErrors.invalid("missing_name", List.of("name should not be empty"));
        }
        ObjectNode json = defaults(c.project(), input);
        ArrayNode registered = json.putArray("webhooks");
        for (JsonNode webhook : input.path("webhooks")) {
            registered.add(webhooks.register(c.project(), webhook).json().deepCopy());
        }
        StoredResource bundle =
                c.project().put(new StoredResource(ResourceKind.BUNDLE, json.path("id").asText(), json));
        ctx.engine().enter(c.project(), bundle, "IN_PROGRESS");
        return created(bundle.json());
    }

    /** A service is ordered with {@code true} or with an object of settings. */
    private static boolean wanted(JsonNode order) {
        return order.isObject() || order.asBoolean(false);
    }

    private static String nameOf(JsonNode order, String fallback) {
        return order.path("name").asText(fallback);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.BUNDLE;
    }

    /** The bundle as ordered: only the requested services, named as requested, all still pending. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("bundlescontroller_create_v1");
        String name = input.path("name").asText(json.path("name").asText());
        String region = input.path("region").asText(json.path("region").asText());
        json.put("id", ctx.ids().hex(24));
        json.put("projectId", project.projectId());
        json.put("name", name);
        json.put("region", region);
        json.put("state", "IN_PROGRESS");
        json.remove(List.of("webhooks", "webhookDeliveryStatuses"));
        json.putArray("webhooks");
        // A seed names no services: it gets all three, like the documented example.
        boolean all = !input.has("subproject") && !input.has("smsApp") && !input.has("convApp");
        if (all || wanted(input.path("subproject"))) {
            json.withObject("/subproject").put("id", ctx.ids().uuid()).put("parentProjectId", project.projectId())
                    .put("name", nameOf(input.path("subproject"), name)).put("status", "PENDING");
        } else {
            json.remove("subproject");
        }
        if (all || wanted(input.path("smsApp"))) {
            ObjectNode sms = json.withObject("/smsApp").put("id", ctx.ids().hex(32))
                    .put("smsServiceId", ctx.ids().hex(32)).put("name", nameOf(input.path("smsApp"), name))
                    .put("status", "PENDING_ADD");
            sms.putArray("regions").add(region);
        } else {
            json.remove("smsApp");
        }
        if (all || wanted(input.path("convApp"))) {
            ObjectNode conv = json.withObject("/convApp").put("id", ctx.ids().appId())
                    .put("name", nameOf(input.path("convApp"), name));
            JsonNode settings = project("BundlesConversationAppDto", input.path("convApp"));
            settings.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("id") && !f.getKey().equals("name")) {
                    conv.set(f.getKey(), f.getValue());
                }
            });
            if (conv.path("webhooks").isArray()) {
                conv.set("webhooks", withIds((ArrayNode) conv.get("webhooks")));
            }
        } else {
            json.remove("convApp");
        }
        return json;
    }

    /**
     * The Conversation API webhooks as created: the order carries none of their ids, the answer must (issue 15: a
     * {@code convApp.webhooks[0]} without {@code id} broke the contract).
     */
    private ArrayNode withIds(ArrayNode ordered) {
        ArrayNode created = ordered.arrayNode();
        for (JsonNode webhook : ordered) {
            ObjectNode entry = created.addObject().put("id", ctx.ids().ulid());
            webhook.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("id")) {
                    entry.set(f.getKey(), f.getValue());
                }
            });
        }
        return created;
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
