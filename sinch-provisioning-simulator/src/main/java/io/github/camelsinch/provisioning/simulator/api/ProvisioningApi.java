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
import io.github.camelsinch.provisioning.simulator.http.Router;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All 85 operations of the contract, one handler class per tag, bound onto a router. Construction fails when an
 * operation of the contract has no handler, so a contract update cannot silently leave a route unanswered.
 */
public final class ProvisioningApi {

    private final Map<ResourceKind, ResourceSeeder> seeders = new EnumMap<>(ResourceKind.class);

    public ProvisioningApi(ApiContext ctx, Router router) {
        WebhooksApi webhooks = new WebhooksApi(ctx);
        List<TagApi> tags = List.of(
                new WhatsappAccountsApi(ctx), new WhatsappApi(ctx), new WhatsappFlowsApi(ctx),
                new WhatsappSendersApi(ctx), new WhatsappSolutionsApi(ctx), new WhatsappTemplatesApi(ctx),
                new RcsAccountsApi(ctx), new RcsQuestionnaireApi(ctx), new RcsSendersApi(ctx),
                new KakaotalkCategoriesApi(ctx), new KakaotalkSendersApi(ctx), new KakaotalkTemplatesApi(ctx),
                webhooks, new BundlesApi(ctx, webhooks), new ConversationApi(ctx));
        ApiRoutes routes = new ApiRoutes(ctx, router);
        for (TagApi tag : tags) {
            tag.bind(routes);
            if (tag instanceof ResourceSeeder seeder) {
                seeders.put(seeder.kind(), seeder);
            }
        }
        if (!routes.unbound().isEmpty()) {
            throw new IllegalStateException("Operations without handler: " + routes.unbound());
        }
    }

    /** The seeder of a kind, for the control API; empty for kinds that cannot be seeded (the RCS account). */
    public Optional<ResourceSeeder> seeder(ResourceKind kind) {
        return Optional.ofNullable(seeders.get(kind));
    }
}
