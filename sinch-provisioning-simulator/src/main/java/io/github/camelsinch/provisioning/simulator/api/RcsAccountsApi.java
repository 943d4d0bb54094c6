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
