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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.paging.PageWalker;
import io.github.camelsinch.provisioning.paging.WalkResult;
import io.github.camelsinch.provisioning.request.ResponseJson;
import io.github.camelsinch.provisioning.tracking.WatchedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The I/O of a poll, kept apart from change detection: reads the pages of a list (one request per page, through
 * {@link PageWalker} and its caps), or fetches the single resource of each target, several at a time. API failures
 * are returned, not thrown, so the caller can still use what was read before them.
 */
final class ResourcePoller {

    /** One target's resource: {@code item} null when the API answered 404 (the resource does not exist). */
    record SingleResult(PollTarget target, JsonNode item, ApiCallException failure) {
    }

    private final ApiOperation operation;
    private final WatchedResource resource;
    private final SinchApiClient client;
    private final PollRequests requests;
    private final ExecutorService fanOut;
    private final PageWalker walker;

    /**
     * @param fanOut   the bounded pool for targets fetched in parallel; null to fetch one after the other
     * @param maxPages the most pages one listing reads (list operations only)
     * @param maxItems a listing stops at the first page boundary at or past this many items (list operations only)
     */
    ResourcePoller(ApiOperation operation, WatchedResource resource, SinchApiClient client, PollRequests requests,
                   ExecutorService fanOut, int maxPages, int maxItems) {
        this.operation = operation;
        this.resource = resource;
        this.client = client;
        this.requests = requests;
        this.fanOut = fanOut;
        this.walker = resource.isList() ? new PageWalker(operation, client, maxPages, maxItems) : null;
    }

    /**
     * Reads the pages in order and hands each page's items to {@code pageSink} before reading the next; only a
     * {@link WalkResult#complete() complete} result saw the whole list.
     *
     * @param keepGoing asked before every page request: false (the consumer is stopping) ends the listing early
     */
    WalkResult listPages(PollTarget target, Consumer<Iterable<JsonNode>> pageSink, BooleanSupplier keepGoing) {
        return walker.walk(null, token -> requests.request(target.pathParameters(), token), keepGoing,
                page -> pageSink.accept(page.items()));
    }

    /** The resource of every target; with a pool, up to its size at a time. Results keep the targets' order. */
    List<SingleResult> fetchEach(List<PollTarget> targets) throws InterruptedException {
        List<SingleResult> results = new ArrayList<>();
        if (fanOut == null || targets.size() < 2) {
            targets.forEach(t -> results.add(fetch(t)));
            return results;
        }
        List<Future<SingleResult>> futures = new ArrayList<>();
        for (PollTarget target : targets) {
            futures.add(fanOut.submit(() -> fetch(target)));
        }
        for (Future<SingleResult> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw unchecked(e.getCause());
            }
        }
        return results;
    }

    private SingleResult fetch(PollTarget target) {
        ApiRequest request = requests.request(target.pathParameters(), null);
        try {
            return new SingleResult(target, ResponseJson.object(client, request, client.execute(request)), null);
        } catch (ApiCallException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                return new SingleResult(target, null, null);
            }
            return new SingleResult(target, null, e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** For diagnostics: never prints anything but the operation. */
    @Override
    public String toString() {
        return "ResourcePoller[" + operation.uriPath() + "]";
    }
}
