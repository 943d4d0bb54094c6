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

/** Tag "WhatsApp Accounts": the project's single WhatsApp account (WABA), its onboarding and edits. */
final class WhatsappAccountsApi extends TagApi implements ResourceSeeder {

    /** The account is a singleton per project; it is stored under this key. */
    static final String KEY = "account";

    WhatsappAccountsApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("accountscontroller_getaccount_v1", c -> ok(account(c.project()).json()));
        routes.bind("accountscontroller_createaccount_v1", this::create);
        routes.bind("accountscontroller_deleteaccount_v1", c -> {
            c.project().remove(ResourceKind.WHATSAPP_ACCOUNT, KEY);
            return noContent();
        });
        routes.bind("accountscontroller_updateaccount_v1", this::update);
        routes.bind("accountscontroller_listactivities_v1", c -> activities(c, account(c.project())));
        routes.bind("accountscontroller_createcomment_v1",
                c -> comment(c, account(c.project()), "WHATSAPP_ACCOUNT_COMMENT_ADDED", true));
    }

    private StoredResource account(ProjectState project) {
        return require(project, ResourceKind.WHATSAPP_ACCOUNT, KEY);
    }

    private ServerResponse create(Call c) {
        if (c.project().contains(ResourceKind.WHATSAPP_ACCOUNT, KEY)) {
            throw PapiErrors.conflict("account_exists", "The project already has a WhatsApp account.");
        }
        StoredResource account = c.project().put(new StoredResource(ResourceKind.WHATSAPP_ACCOUNT, KEY,
                defaults(c.project(), c.body())));
        activity(account, "CREATED");
        ctx.engine().enter(c.project(), account, "IN_PROGRESS");
        return created(account.json());
    }

    private ServerResponse update(Call c) {
        StoredResource account = account(c.project());
        ObjectNode details = ChangeSet.currentDetails(account.json()).deepCopy();
        Json.merge(details, project("WhatsappAccountDetailsDto", c.body()));
        ChangeSet.mark(account.json(), "IN_PROGRESS").set("details", details);
        activity(account, "EDITED");
        ctx.engine().enter(c.project(), account, "IN_PROGRESS");
        return ok(account.json());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WHATSAPP_ACCOUNT;
    }

    /** The created account: the documented shape with a fresh WABA id and the client's details under review. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("accountscontroller_createaccount_v1");
        json.put("wabaId", ctx.ids().digits(15));
        JsonNode manager = ctx.shapes().project("WhatsappBusinessManagersEnum", input.path("businessManager"));
        if (manager != null) {
            json.set("businessManager", manager);
        }
        ObjectNode details = json.withObject("/changes/details");
        Json.merge(details, project("WhatsappAccountDetailsDto", input));
        return json;
    }

    @Override
    public String keyOf(ObjectNode json, JsonNode options) {
        return KEY;
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
