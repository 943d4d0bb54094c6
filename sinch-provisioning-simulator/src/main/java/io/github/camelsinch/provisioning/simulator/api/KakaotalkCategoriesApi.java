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
import io.github.camelsinch.provisioning.simulator.ResourceKind;

import java.util.ArrayList;
import java.util.List;

/** Tag "KakaoTalk Categories": the documented category catalogues (read-only reference data). */
final class KakaotalkCategoriesApi extends TagApi {

    KakaotalkCategoriesApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("categoriescontroller_listsendercategories_v1",
                c -> ok(template("categoriescontroller_listsendercategories_v1")));
        routes.bind("categoriescontroller_gettemplatecategories_v1", c -> {
            require(c.project(), ResourceKind.KAKAOTALK_SENDER, c.path("plusFriendId"));
            List<JsonNode> categories = new ArrayList<>();
            template("categoriescontroller_gettemplatecategories_v1").path("categories").forEach(categories::add);
            return ok(Pagination.page(c.operation(), c.request(), categories, "categories"));
        });
    }
}
