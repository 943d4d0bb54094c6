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
package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.paging.Page;
import io.github.camelsinch.provisioning.paging.PageWalker;
import io.github.camelsinch.provisioning.paging.WalkResult;

import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * fetchAllPages: walks the list ({@link PageWalker}, with its loop guard and malformed-page checks) and merges the
 * items into one page. It stops at the last page, at {@code maxPages}, or at the first page boundary at or past
 * {@code maxItems} (so no item is skipped: the next page token of the merged page then says where to continue).
 */
final class PageCollector {

    /**
     * The merged page and how it was read.
     *
     * @param lastCall the request of the last page read, for an error about the merged page
     */
    record Result(ObjectNode page, int pages, boolean truncated, int lastStatus, ApiRequest lastCall) {
    }

    private PageCollector() {
    }

    /**
     * @param requests the request of the page with this token (null: the first page of the list)
     * @param attempts told the attempts of each page's request as soon as it is read, so the count is right even
     *                 when a later page fails (whose own attempts the thrown exception carries)
     */
    static Result collect(ApiOperation op, SinchApiClient client, Function<String, ApiRequest> requests,
                          String firstToken, int maxPages, int maxItems, IntConsumer attempts) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        Page[] last = new Page[1];
        WalkResult walk = new PageWalker(op, client, maxPages, maxItems).walk(firstToken, requests,
                () -> true, // one message's walk, bounded by maxPages: nothing to stop it for
                page -> {
                    attempts.accept(page.attempts());
                    items.addAll(page.items());
                    last[0] = page;
                }).orThrow();
        ObjectNode page = last[0].body().deepCopy();
        page.set(op.listItemsField(), items);
        page.put("pageSize", items.size());
        if (walk.capped()) {
            page.put("nextPageToken", walk.nextPageToken());
        } else {
            page.remove("nextPageToken");
        }
        page.remove("previousPageToken");
        return new Result(page, walk.pages(), walk.capped(), last[0].status(), last[0].request());
    }
}
