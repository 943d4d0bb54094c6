package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;

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
