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
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.lifecycle.ChangeSet;
import io.github.camelsinch.provisioning.simulator.lifecycle.Event;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.Comparator;
import java.util.List;

/**
 * Tag "WhatsApp Templates": project-level templates identified by name and language, listed alphabetically,
 * reviewed through DRAFT / IN_PROGRESS / PENDING to APPROVED or REJECTED.
 */
final class WhatsappTemplatesApi extends TagApi implements ResourceSeeder {

    private static final String BID_STRATEGY_PREFIX = "BID_STRATEGY_";

    WhatsappTemplatesApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("templatescontroller_listtemplates_v1", this::list);
        routes.bind("templatescontroller_createtemplate_v1", this::create);
        routes.bind("templatescontroller_listtemplatesbyname_v1", c -> page(c, byName(c)));
        routes.bind("templatescontroller_deletetemplatesbyname_v1", c -> {
            byName(c).forEach(t -> delete(c, t));
            return noContent();
        });
        routes.bind("templatescontroller_gettemplate_v1", c -> ok(masked(c, template(c).json())));
        routes.bind("templatescontroller_deletetemplatebynameandlanguage_v1", this::deleteLanguage);
        routes.bind("templatescontroller_updatetemplate_v1", this::update);
        routes.bind("templatescontroller_listactivities_v1", c -> activities(c, template(c)));
        routes.bind("templatescontroller_createcomment_v1",
                c -> comment(c, template(c), "WHATSAPP_TEMPLATE_COMMENT_ADDED", true));
        routes.bind("templatescontroller_comparetemplates_v1", this::compare);
        routes.bind("templatescontroller_synctemplates_v1", c -> ServerResponse.empty(200));
    }

    static String key(String name, String language) {
        return name + "/" + language;
    }

    private StoredResource template(Call c) {
        return require(c.project(), ResourceKind.WHATSAPP_TEMPLATE, key(c.path("templateName"),
                c.path("languageCode")));
    }

    private List<StoredResource> sorted(ProjectState project) {
        return project.all(ResourceKind.WHATSAPP_TEMPLATE).stream()
                .sorted(Comparator.comparing(StoredResource::key))
                .toList();
    }

    private List<StoredResource> byName(Call c) {
        List<StoredResource> found = sorted(c.project()).stream()
                .filter(t -> t.json().path("name").asText().equals(c.path("templateName")))
                .toList();
        if (found.isEmpty()) {
            throw PapiErrors.notFound("template_not_found", "Template not found.");
        }
        return found;
    }

    private ServerResponse list(Call c) {
        String name = c.request().query("templateName").orElse("");
        return page(c, sorted(c.project()).stream()
                .filter(stateAndStatusFilter(c))
                .filter(t -> t.json().path("name").asText().contains(name))
                .toList());
    }

    private ServerResponse page(Call c, List<StoredResource> templates) {
        ObjectNode body = Pagination.page(c.operation(), c.request(), jsonOf(templates), "templates");
        ArrayNode items = (ArrayNode) body.get("templates");
        for (int i = 0; i < items.size(); i++) {
            items.set(i, masked(c, (ObjectNode) items.get(i)));
        }
        return ok(body);
    }

    /** Applies {@code fieldMask}: only the named top-level fields are returned (a partial template). */
    private static ObjectNode masked(Call c, ObjectNode template) {
        List<String> mask = c.request().queryList("fieldMask");
        if (mask.isEmpty()) {
            return template;
        }
        ObjectNode partial = template.deepCopy();
        partial.retain(mask.stream().map(path -> path.split("\\.")[0]).toList());
        return partial;
    }

    private ServerResponse create(Call c) {
        String key = key(c.body().path("name").asText(), c.body().path("language").asText());
        if (c.project().contains(ResourceKind.WHATSAPP_TEMPLATE, key)) {
            throw PapiErrors.conflict("template_exists", "A template with this name and language exists.");
        }
        StoredResource template = c.project().put(new StoredResource(ResourceKind.WHATSAPP_TEMPLATE, key,
                defaults(c.project(), c.body())));
        activity(template, "CREATED");
        ctx.engine().enter(c.project(), template, stage(c.body()));
        return created(template.json());
    }

    /** Without {@code status: SUBMIT} a template is saved as a draft, as the documented create response shows. */
    private static String stage(JsonNode input) {
        return "SUBMIT".equals(input.path("status").asText()) ? "IN_PROGRESS" : "DRAFT";
    }

    private ServerResponse update(Call c) {
        StoredResource template = template(c);
        ObjectNode details = ChangeSet.currentDetails(template.json()).deepCopy();
        Json.merge(details, c.body().path("details"));
        ChangeSet.mark(template.json(), "IN_PROGRESS")
                .set("details", project("WhatsappTemplateChangesDetailsDto", responseForm(details)));
        if (ctx.shapes().project("WhatsappTemplateCategoryEnum", c.body().path("category")) != null) {
            template.json().put("category", c.body().path("category").asText());
        }
        activity(template, "EDITED");
        ctx.engine().enter(c.project(), template, stage(c.body()));
        return ok(template.json());
    }

    /**
     * Language-level delete: without {@code deleteSubmitted=true} only a draft goes (an unsubmitted template, or
     * the pending changes of a submitted one); a submitted template without changes cannot be deleted that way.
     */
    private ServerResponse deleteLanguage(Call c) {
        StoredResource template = template(c);
        boolean submitted = template.json().has("state");
        if (!submitted || c.request().query("deleteSubmitted").map(Boolean::parseBoolean).orElse(false)) {
            delete(c, template);
        } else if (template.json().has("changes")) {
            template.json().remove("changes");
            template.schedule(template.json().path("state").asText(), null, null);
        } else {
            throw PapiErrors.conflict("template_not_deletable",
                    "The template was submitted; pass deleteSubmitted=true to delete it.");
        }
        return noContent();
    }

    private void delete(Call c, StoredResource template) {
        c.project().remove(ResourceKind.WHATSAPP_TEMPLATE, template.key());
        ctx.engine().events().publish(new Event(c.projectId(), "WHATSAPP_TEMPLATE_DELETED",
                ResourceKind.WHATSAPP_TEMPLATE, template.key(), template.json().deepCopy(), null, null));
    }

    /** Compares block statistics; the simulator has no traffic, so every template reports zero sends. */
    private ServerResponse compare(Call c) {
        StoredResource base = template(c);
        ObjectNode body = Json.object();
        ArrayNode rows = body.putArray("templates");
        rows.addObject().put("name", base.json().path("name").asText())
                .put("language", base.json().path("language").asText())
                .put("blockOrder", 1).put("messageSends", 0).put("topBlockReason", "NO_REASON");
        int order = 2;
        for (JsonNode other : c.body().path("templates")) {
            rows.addObject().put("name", other.path("templateName").asText())
                    .put("language", other.path("templateLanguage").asText())
                    .put("blockOrder", order++).put("messageSends", 0).put("topBlockReason", "NO_REASON");
        }
        return ok(body);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_TEMPLATE;
    }

    /** The created template: name, language and category as sent, the sent details pending in {@code changes}. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("templatescontroller_createtemplate_v1");
        json.remove(List.of("whatsappId", "state", "qualityScore", "rejectionCode"));
        if (input.path("name").isTextual()) {
            json.put("name", input.path("name").asText());
        }
        if (input.path("language").isTextual()) {
            json.put("language", input.path("language").asText());
        }
        if (ctx.shapes().project("WhatsappTemplateCategoryEnum", input.path("category")) != null) {
            json.put("category", input.path("category").asText());
        }
        if (input.path("details").isObject()) {
            json.withObject("/changes").set("details",
                    project("WhatsappTemplateChangesDetailsDto", responseForm(input.path("details"))));
        }
        json.putArray("analytics");
        return json;
    }

    /**
     * Input details in the form responses show them: the input enum {@code optimization.bidStrategy}
     * ({@code LOWEST_COST_WITH_BID_CAP}) is answered with its prefixed response value
     * ({@code BID_STRATEGY_LOWEST_COST_WITH_BID_CAP}); projected as sent, the required field would be dropped.
     */
    private static JsonNode responseForm(JsonNode details) {
        JsonNode strategy = details.path("optimization").path("bidStrategy");
        if (!strategy.isTextual() || strategy.asText().startsWith(BID_STRATEGY_PREFIX)) {
            return details;
        }
        ObjectNode copy = details.deepCopy();
        ((ObjectNode) copy.get("optimization")).put("bidStrategy", BID_STRATEGY_PREFIX + strategy.asText());
        return copy;
    }

    @Override
    public String keyOf(ObjectNode json, JsonNode options) {
        return key(json.path("name").asText(), json.path("language").asText());
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
