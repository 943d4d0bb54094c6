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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;

/**
 * Tag "WhatsApp": embedded-signup helpers and account switches. There is no Meta behind the simulator, so the
 * token helpers answer with generated tokens and the documented WABA listing.
 */
final class WhatsappApi extends TagApi {

    WhatsappApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("templateanalyticshelperscontroller_enabletemplateanalytics_v1", this::enableTemplateAnalytics);
        routes.bind("embeddedsignuphelpercontroller_createlonglivedaccesstoken_v1", c -> {
            ObjectNode body = Json.object();
            body.put("longLivedAccessToken", "EAAGsim" + ctx.ids().alphanumeric(48));
            return created(body);
        });
        routes.bind("embeddedsignuphelpercontroller_listwabadetailsfortoken_v1",
                c -> ok(template("embeddedsignuphelpercontroller_listwabadetailsfortoken_v1")));
    }

    /** Template analytics need an onboarded account: without one the API answers 424. */
    private ServerResponse enableTemplateAnalytics(Call c) {
        var account = c.project().find(ResourceKind.WHATSAPP_ACCOUNT, WhatsappAccountsApi.KEY)
                .orElseThrow(() -> PapiErrors.error(424, "account_not_found",
                        "The project has no WhatsApp account."));
        account.json().put("wabaEnabledForInsights", true);
        return ServerResponse.empty(200);
    }
}
