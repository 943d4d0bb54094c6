package io.github.camelsinch.provisioning.simulator.api;

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

/**
 * Tag "RCS Accounts": the project's RCS account exists implicitly (the API has no operation to create it); it
 * only carries an activity log and comments. Its comment webhook carries no payload, as documented.
 */
final class RcsAccountsApi extends TagApi {

    RcsAccountsApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("rcsaccountscontroller_listactivities_v1", c -> activities(c, account(c.project())));
        routes.bind("rcsaccountscontroller_createcomment_v1",
                c -> comment(c, account(c.project()), "RCS_ACCOUNT_COMMENT_ADDED", false));
    }

    private StoredResource account(ProjectState project) {
        return project.find(ResourceKind.RCS_ACCOUNT, "account").orElseGet(() -> {
            StoredResource account = project.put(new StoredResource(ResourceKind.RCS_ACCOUNT, "account",
                    Json.object()));
            activity(account, "CREATED");
            return account;
        });
    }
}
