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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.paging.PageWalker;
import io.github.camelsinch.provisioning.paging.WalkResult;
import io.github.camelsinch.provisioning.request.OperationRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What exists: the whole listing, read with the shared {@link PageWalker} at the largest page size the contract
 * allows (1,000 templates, 15 webhooks: one request for most projects). A plan needs the whole list, so a walk the
 * caps stopped is an error, never a partial plan: what was not read would look missing and be created again, or with
 * prune, what was read would be all that is kept.
 */
final class CurrentState {

    private CurrentState() {
    }

    static List<ObjectNode> list(ResourceRules rules, Scope scope, SinchApiClient client, IntConsumer attempts) {
        ApiOperation op = rules.listOperation();
        OperationRequest request = rules.request("list", scope).largestPageUnlessSet();
        List<ObjectNode> items = new ArrayList<>();
        WalkResult walk = new PageWalker(op, client, PageWalker.DEFAULT_MAX_PAGES, PageWalker.DEFAULT_MAX_ITEMS)
                .walk(null, token -> request.pageToken(token).build(), () -> true, page -> {
                    attempts.accept(page.attempts());
                    for (JsonNode item : page.items()) {
                        if (item.isObject()) {
                            items.add((ObjectNode) item);
                        }
                    }
                });
        if (walk.failure() != null) {
            attempts.accept(walk.failure().attempts());
        }
        walk.orThrow();
        if (!walk.complete()) {
            throw new IllegalStateException("sinch-prov:" + rules.api() + "/apply: the listing stopped after "
                    + walk.pages() + " pages and " + walk.items() + " items (" + walk.ending()
                    + "), before its end; a plan needs the whole list, so nothing was planned or sent");
        }
        return items;
    }
}
