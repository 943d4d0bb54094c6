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
import io.github.camelsinch.provisioning.simulator.lifecycle.ChangeSet;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;

/** Tag "KakaoTalk Templates": templates of one sender, identified by a generated template code. */
final class KakaotalkTemplatesApi extends TagApi implements ResourceSeeder {

    KakaotalkTemplatesApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("kakaotalktemplatescontroller_listtemplates_v1", this::list);
        routes.bind("kakaotalktemplatescontroller_createtemplate_v1", this::create);
        routes.bind("templatescontroller_get_v1", c -> ok(template(c).json()));
        routes.bind("templatescontroller_deletetemplate_v1", c -> {
            c.project().remove(ResourceKind.KAKAOTALK_TEMPLATE, template(c).key());
            return noContent();
        });
        routes.bind("kakaotalktemplatescontroller_updatetemplate_v1", this::update);
        routes.bind("kakaotalktemplatescontroller_listactivities_v1", c -> activities(c, template(c)));
        routes.bind("templatescontroller_deletetemplatedraft_v1", this::discardChanges);
        routes.bind("kakaotalktemplatescontroller_createcomment_v1",
                c -> comment(c, template(c), "KAKAOTALK_TEMPLATE_COMMENT_ADDED", true));
    }

    static String key(String plusFriendId, String code) {
        return plusFriendId + "/" + code;
    }

    private StoredResource sender(Call c) {
        return require(c.project(), ResourceKind.KAKAOTALK_SENDER, c.path("plusFriendId"));
    }

    private StoredResource template(Call c) {
        sender(c);
        return require(c.project(), ResourceKind.KAKAOTALK_TEMPLATE, key(c.path("plusFriendId"),
                c.path("templateCode")));
    }

    private List<StoredResource> templatesOf(Call c) {
        String prefix = sender(c).key() + "/";
        return c.project().all(ResourceKind.KAKAOTALK_TEMPLATE).stream()
                .filter(t -> t.key().startsWith(prefix)).toList();
    }

    private ServerResponse list(Call c) {
        String name = c.request().query("templateName").orElse("");
        List<StoredResource> templates = templatesOf(c).stream()
                .filter(stateAndStatusFilter(c))
                .filter(t -> ChangeSet.currentDetails(t.json()).path("name").asText().contains(name))
                .toList();
        return ok(Pagination.page(c.operation(), c.request(), jsonOf(templates), "templates"));
    }

    private ServerResponse create(Call c) {
        String name = c.body().path("details").path("name").asText();
        boolean taken = templatesOf(c).stream()
                .anyMatch(t -> ChangeSet.currentDetails(t.json()).path("name").asText().equals(name));
        if (taken) {
            throw PapiErrors.conflict("template_exists", "The sender has a template with this name.");
        }
        ObjectNode json = defaults(c.project(), c.body());
        StoredResource template = c.project().put(new StoredResource(ResourceKind.KAKAOTALK_TEMPLATE,
                key(c.path("plusFriendId"), json.path("code").asText()), json));
        activity(template, "CREATED");
        ctx.engine().enter(c.project(), template, KakaotalkSendersApi.stage(c.body()));
        return created(template.json());
    }

    private ServerResponse update(Call c) {
        StoredResource template = template(c);
        ObjectNode details = ChangeSet.currentDetails(template.json()).deepCopy();
        Json.merge(details, project("KakaotalkTemplateDetailsDto", c.body().path("details")));
        ChangeSet.mark(template.json(), "IN_PROGRESS").set("details", details);
        touch(template);
        activity(template, "EDITED");
        ctx.engine().enter(c.project(), template, KakaotalkSendersApi.stage(c.body()));
        return ok(template.json());
    }

    private ServerResponse discardChanges(Call c) {
        StoredResource template = template(c);
        if (!template.json().has("changes") || !template.json().has("state")) {
            throw PapiErrors.conflict("template_not_deletable", "The template has no draft to discard.");
        }
        template.json().remove("changes");
        template.schedule(template.json().path("state").asText(), null, null);
        touch(template);
        return noContent();
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.KAKAOTALK_TEMPLATE;
    }

    /** The created template: documented shape, fresh id and code, the client's details pending review. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("kakaotalktemplatescontroller_createtemplate_v1");
        json.put("id", ctx.ids().uuid());
        json.put("code", ctx.ids().alphanumeric(20));
        json.put("created", now());
        json.put("modified", now());
        Json.merge(json.withObject("/changes/details"), project("KakaotalkTemplateDetailsDto", input.path("details")));
        return json;
    }

    /** Seeded templates name their sender with the seed option {@code plusFriendId}. */
    @Override
    public String keyOf(ObjectNode json, JsonNode options) {
        return key(options.path("plusFriendId").asText(), json.path("code").asText());
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
