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
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

/**
 * Tag "WhatsApp Flows": flows live in Meta's WABA, so every project starts with the documented example flows;
 * more can be seeded through the control API (with their {@code screens} as a seed option).
 */
final class WhatsappFlowsApi extends TagApi implements ResourceSeeder {

    private static final String SCREENS = "screens";

    WhatsappFlowsApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("flowscontroller_listflows_v1", c -> ok(Pagination.page(c.operation(), c.request(),
                jsonOf(flows(c.project())), "flows")));
        routes.bind("flowscontroller_listflowscreens_v1", c -> {
            flows(c.project());
            StoredResource flow = require(c.project(), ResourceKind.WHATSAPP_FLOW, c.path("flowId"));
            ObjectNode body = Json.object();
            body.set(SCREENS, flow.internal().path(SCREENS).deepCopy());
            return ok(body);
        });
    }

    /** The project's flows, filling the documented example flows in on first use. */
    private java.util.List<StoredResource> flows(ProjectState project) {
        if (project.markCatalogueLoaded(ResourceKind.WHATSAPP_FLOW)) {
            for (JsonNode flow : template("flowscontroller_listflows_v1").path("flows")) {
                StoredResource stored = new StoredResource(ResourceKind.WHATSAPP_FLOW, flow.path("id").asText(),
                        (ObjectNode) flow);
                stored.internal().set(SCREENS, defaultScreens());
                project.put(stored);
            }
        }
        return project.all(ResourceKind.WHATSAPP_FLOW);
    }

    private JsonNode defaultScreens() {
        return template("flowscontroller_listflowscreens_v1").path(SCREENS);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_FLOW;
    }

    @Override
    public ObjectNode defaults(ProjectState project, JsonNode options) {
        ObjectNode flow = (ObjectNode) template("flowscontroller_listflows_v1").path("flows").get(0);
        flow.put("id", ctx.ids().digits(15));
        return flow;
    }

    @Override
    public String initialStage() {
        return null;
    }

    @Override
    public void afterSeed(ProjectState project, StoredResource resource, JsonNode options) {
        resource.internal().set(SCREENS, options.has(SCREENS) ? options.get(SCREENS).deepCopy() : defaultScreens());
    }
}
