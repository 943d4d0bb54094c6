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

/**
 * Tag "KakaoTalk Senders": senders identified by their {@code plusFriendId}; submitted, registered (a token goes
 * to the admin phone) and verified with that token.
 */
final class KakaotalkSendersApi extends TagApi implements ResourceSeeder {

    KakaotalkSendersApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("kakaotalksenderscontroller_listsenders_v1", this::list);
        routes.bind("kakaotalksenderscontroller_createsender_v1", this::create);
        routes.bind("senderscontroller_getsender_v1", c -> ok(sender(c).json()));
        routes.bind("senderscontroller_deletesender_v1", c -> {
            StoredResource sender = sender(c);
            c.project().remove(ResourceKind.KAKAOTALK_SENDER, sender.key());
            c.project().all(ResourceKind.KAKAOTALK_TEMPLATE).stream()
                    .filter(t -> t.key().startsWith(sender.key() + "/"))
                    .forEach(t -> c.project().remove(ResourceKind.KAKAOTALK_TEMPLATE, t.key()));
            return noContent();
        });
        routes.bind("senderscontroller_updatesender_v1", this::update);
        routes.bind("kakaotalksenderscontroller_listactivities_v1", c -> activities(c, sender(c)));
        routes.bind("kakaotalksenderscontroller_deletechanges_v1", this::discardChanges);
        routes.bind("kakaotalksenderscontroller_createcomment_v1",
                c -> comment(c, sender(c), "KAKAOTALK_SENDER_COMMENT_ADDED", true));
        routes.bind("senderscontroller_registersender_v1", this::register);
        routes.bind("senderscontroller_verifysender_v1", this::verify);
    }

    private StoredResource sender(Call c) {
        return require(c.project(), ResourceKind.KAKAOTALK_SENDER, c.path("plusFriendId"));
    }

    private ServerResponse list(Call c) {
        List<StoredResource> senders = c.project().all(ResourceKind.KAKAOTALK_SENDER).stream()
                .filter(stateAndStatusFilter(c))
                .toList();
        return ok(Pagination.page(c.operation(), c.request(), jsonOf(senders), "senders"));
    }

    private ServerResponse create(Call c) {
        String plusFriendId = c.body().path("plusFriendId").asText();
        if (c.project().contains(ResourceKind.KAKAOTALK_SENDER, plusFriendId)) {
            throw PapiErrors.conflict("account_exists", "A sender with this plusFriendId exists.");
        }
        StoredResource sender = c.project().put(new StoredResource(ResourceKind.KAKAOTALK_SENDER, plusFriendId,
                defaults(c.project(), c.body())));
        activity(sender, "CREATED");
        ctx.engine().enter(c.project(), sender, stage(c.body()));
        return created(sender.json());
    }

    /** A sender is submitted unless the client asks for a draft. */
    static String stage(JsonNode input) {
        return "DRAFT".equals(input.path("status").asText()) ? "DRAFT" : "IN_PROGRESS";
    }

    private ServerResponse update(Call c) {
        StoredResource sender = sender(c);
        ObjectNode details = ChangeSet.currentDetails(sender.json()).deepCopy();
        Json.merge(details, project("KakaotalkSenderDetailsDto", c.body().path("details")));
        ChangeSet.mark(sender.json(), "IN_PROGRESS").set("details", details);
        touch(sender);
        activity(sender, "EDITED");
        ctx.engine().enter(c.project(), sender, stage(c.body()));
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

    /** Sends the verification token to the admin phone; an ACTIVE sender cannot register again. */
    private ServerResponse register(Call c) {
        StoredResource sender = sender(c);
        if ("ACTIVE".equals(sender.json().path("state").asText())) {
            throw PapiErrors.conflict("not_allowed_register", "The sender is already active.");
        }
        ctx.engine().enter(c.project(), sender, "VERIFYING");
        return ok(sender.json());
    }

    private ServerResponse verify(Call c) {
        StoredResource sender = sender(c);
        if (!"VERIFYING".equals(sender.json().path("state").asText())) {
            throw PapiErrors.conflict("not_allowed_verify", "Register the sender before verifying it.");
        }
        if (!ctx.verificationCode().equals(c.body().path("code").asText())) {
            throw PapiErrors.invalidInput("code is not valid");
        }
        ctx.engine().enter(c.project(), sender, "ACTIVE");
        return ok(sender.json());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.KAKAOTALK_SENDER;
    }

    /** The created sender: documented shape, fresh id, the client's details pending in {@code changes}. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("kakaotalksenderscontroller_createsender_v1");
        json.put("id", ctx.ids().uuid());
        json.put("plusFriendId", input.path("plusFriendId").asText(ctx.ids().alphanumeric(20)));
        json.put("created", now());
        json.put("modified", now());
        ObjectNode details = json.withObject("/changes/details");
        Json.merge(details, project("KakaotalkSenderDetailsDto", input.path("details")));
        return json;
    }

    @Override
    public String keyOf(ObjectNode json, JsonNode options) {
        return json.path("plusFriendId").asText();
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
