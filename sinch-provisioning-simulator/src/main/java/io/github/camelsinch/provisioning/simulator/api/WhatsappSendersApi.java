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
import io.github.camelsinch.provisioning.simulator.lifecycle.WhatsappSenderLifecycle;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Locale;

/**
 * Tag "WhatsApp Senders": senders (phone numbers with a business profile), their review, OTP registration and
 * verification, activities and comments.
 */
final class WhatsappSendersApi extends TagApi implements ResourceSeeder {

    private static final String REGISTERED = "registered";

    WhatsappSendersApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("senderscontroller_listsenders_v1", this::list);
        routes.bind("senderscontroller_createsender_v1", this::create);
        routes.bind("senderscontroller_get_v1", c -> ok(sender(c).json()));
        routes.bind("senderscontroller_delete_v1", c -> {
            c.project().remove(ResourceKind.WHATSAPP_SENDER, sender(c).key());
            return noContent();
        });
        routes.bind("senderscontroller_update_v1", this::update);
        routes.bind("senderscontroller_listactivities_v1", c -> activities(c, sender(c)));
        routes.bind("senderscontroller_deletechanges_v1", this::discardChanges);
        routes.bind("senderscontroller_createcomment_v1",
                c -> comment(c, sender(c), "WHATSAPP_SENDER_COMMENT_ADDED", true));
        routes.bind("senderscontroller_register_v1", this::register);
        routes.bind("senderscontroller_verify_v1", this::verify);
        routes.bind("senderscontroller_getsuggestedusernames_v1", this::suggestedUsernames);
    }

    private StoredResource sender(Call c) {
        return require(c.project(), ResourceKind.WHATSAPP_SENDER, c.path("senderId"));
    }

    private ServerResponse list(Call c) {
        List<StoredResource> senders = c.project().all(ResourceKind.WHATSAPP_SENDER).stream()
                .filter(stateAndStatusFilter(c))
                .toList();
        return ok(Pagination.page(c.operation(), c.request(), jsonOf(senders), "senders"));
    }

    private ServerResponse create(Call c) {
        ObjectNode json = defaults(c.project(), c.body());
        StoredResource sender = c.project().put(new StoredResource(ResourceKind.WHATSAPP_SENDER,
                json.path("id").asText(), json));
        // Embedded signup brings a verified number from Meta; every other flow must prove the number with an OTP.
        sender.internal().put(WhatsappSenderLifecycle.NEEDS_VERIFICATION, !c.body().has("wabaId"));
        activity(sender, "CREATED");
        ctx.engine().enter(c.project(), sender, "IN_PROGRESS");
        return created(sender.json());
    }

    private ServerResponse update(Call c) {
        StoredResource sender = sender(c);
        ObjectNode details = ChangeSet.currentDetails(sender.json()).deepCopy();
        Json.merge(details, c.body().path("details"));
        ObjectNode changes = ChangeSet.mark(sender.json(), "IN_PROGRESS");
        changes.set("details", project("WhatsappSenderChangesDetailsDto", details));
        changes.remove(List.of("errorCode", "errorReason"));
        touch(sender);
        activity(sender, "EDITED");
        String stage = "DRAFT".equals(c.body().path("status").asText()) ? "DRAFT" : "IN_PROGRESS";
        ctx.engine().enter(c.project(), sender, stage);
        return ok(sender.json());
    }

    private ServerResponse discardChanges(Call c) {
        StoredResource sender = sender(c);
        if (!sender.json().has("changes") || !sender.json().has("state")) {
            throw PapiErrors.conflict("sender_changes_not_deletable", "The sender has no changes to discard.");
        }
        sender.json().remove("changes");
        sender.schedule(sender.json().path("state").asText(), null, null);
        touch(sender);
        return noContent();
    }

    private ServerResponse register(Call c) {
        StoredResource sender = sender(c);
        if (!"PENDING_VERIFICATION".equals(sender.json().path("state").asText())) {
            throw PapiErrors.conflict("not_allowed_register", "The sender is not waiting for registration.");
        }
        boolean alreadySent = sender.internal().path(REGISTERED).asBoolean();
        sender.internal().put(REGISTERED, true);
        activity(sender, "REGISTERED");
        ObjectNode body = Json.object();
        body.put("id", sender.key());
        body.put("method", c.body().path("method").asText());
        body.put("accepted", now());
        body.put("verificationCodeSent", !alreadySent);
        return ok(body);
    }

    private ServerResponse verify(Call c) {
        StoredResource sender = sender(c);
        if (!sender.internal().path(REGISTERED).asBoolean()
                || !"PENDING_VERIFICATION".equals(sender.json().path("state").asText())) {
            throw PapiErrors.conflict("not_allowed_verify", "Register the sender before verifying it.");
        }
        if (!ctx.verificationCode().equals(c.body().path("code").asText())) {
            throw PapiErrors.invalidInput("code is not valid");
        }
        ctx.engine().enter(c.project(), sender, "VERIFYING");
        return noContent();
    }

    private ServerResponse suggestedUsernames(Call c) {
        String name = ChangeSet.currentDetails(sender(c).json()).path("displayName").asText("sender");
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        ObjectNode body = Json.object();
        body.putArray("usernames").add(base).add(base + "_official").add(base + "_support");
        return ok(body);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_SENDER;
    }

    /** The created sender: the documented shape with fresh ids, the client's region and details under review. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("senderscontroller_createsender_v1");
        json.remove("state");
        String id = ctx.ids().uuid();
        String appId = ctx.ids().appId();
        json.put("id", id);
        json.put("created", now());
        json.put("modified", now());
        json.put("conversationApiApp", appId);
        json.put("bearerToken", ctx.ids().alphanumeric(8) + "." + ctx.ids().alphanumeric(8) + "."
                + ctx.ids().alphanumeric(8));
        ObjectNode echoed = project("WhatsappSenderDto", input);
        echoed.retain("region", "metaLocalStorage", "businessManager");
        Json.merge(json, echoed);
        JsonNode inputDetails = input.path("details");
        if (inputDetails.has("phoneNumber")) {
            json.put("phoneNumber", inputDetails.path("phoneNumber").asText());
            json.put("countryCode", inputDetails.path("countryCode").asText(json.path("countryCode").asText()));
        }
        JsonNode provider = ctx.shapes().project("WhatsappSenderNumberProviderTypeEnum",
                input.path("phoneNumberProvider"));
        if (provider != null) {
            json.set("numberProvider", provider);
        }
        ObjectNode app = json.withObject("/conversationApiAppDetails");
        app.put("id", appId);
        app.put("projectId", project.projectId());
        app.put("region", json.path("region").asText("EU"));
        ObjectNode changes = (ObjectNode) json.get("changes");
        ObjectNode details = (ObjectNode) changes.get("details");
        Json.merge(details, project("WhatsappSenderChangesDetailsDto", inputDetails));
        return json;
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
