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

/** Tag "WhatsApp Solutions": Multi-Partner Solutions for embedded signup, created and assigned to the project. */
final class WhatsappSolutionsApi extends TagApi implements ResourceSeeder {

    WhatsappSolutionsApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("solutionscontroller_listsolutions_v1", c -> {
            ObjectNode body = Json.object();
            body.putArray("solutions").addAll(jsonOf(c.project().all(ResourceKind.WHATSAPP_SOLUTION)));
            return ok(body.deepCopy());
        });
        routes.bind("solutionscontroller_createsolution_v1", this::create);
        routes.bind("solutionscontroller_getsolution_v1", c -> ok(solution(c).json()));
        routes.bind("solutionscontroller_assignsolution_v1", this::assign);
    }

    private StoredResource solution(Call c) {
        return require(c.project(), ResourceKind.WHATSAPP_SOLUTION, c.path("solutionId"));
    }

    private ServerResponse create(Call c) {
        ObjectNode json = defaults(c.project(), c.body());
        c.project().put(new StoredResource(ResourceKind.WHATSAPP_SOLUTION, json.path("id").asText(), json));
        ObjectNode body = Json.object();
        body.putArray("solutions").add(json.deepCopy());
        body.putArray("failedSolutions");
        return created(body);
    }

    private ServerResponse assign(Call c) {
        StoredResource solution = solution(c);
        if (solution.json().path("assigned").asBoolean()) {
            throw PapiErrors.conflict("solution_already_assigned", "The solution is already assigned.");
        }
        solution.json().put("assigned", true);
        return noContent();
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_SOLUTION;
    }

    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = (ObjectNode) template("solutionscontroller_createsolution_v1").path("solutions").get(0);
        json.put("id", ctx.ids().digits(15));
        json.put("assigned", false);
        if (input.path("details").path("name").isTextual()) {
            json.withObject("/details").put("name", input.path("details").path("name").asText());
        }
        json.withObject("/ownerApp").put("id", Long.parseLong(ctx.ids().digits(12)));
        json.withObject("/partnerApp").put("id", Long.parseLong(ctx.ids().digits(12)));
        return json;
    }

    @Override
    public String initialStage() {
        return null;
    }
}
