package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.client.SinchApiException;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The I/O of a poll, kept apart from change detection: reads every page of a list (one request per page), or
 * fetches the single resource of each target, several at a time. API failures are returned, not thrown, so the
 * caller can still use what was read before them.
 */
final class ResourcePoller {

    /** How reading a list went: {@code failure} is null when every page was read. */
    record ListingResult(int pages, SinchApiException failure) {
        boolean complete() {
            return failure == null;
        }
    }

    /** One target's resource: {@code item} null when the API answered 404 (the resource does not exist). */
    record SingleResult(PollTarget target, JsonNode item, SinchApiException failure) {
    }

    private final ApiOperation operation;
    private final WatchedResource resource;
    private final SinchApiClient client;
    private final PollRequests requests;
    private final ExecutorService fanOut;

    /** @param fanOut the bounded pool for targets fetched in parallel; null to fetch one after the other */
    ResourcePoller(ApiOperation operation, WatchedResource resource, SinchApiClient client, PollRequests requests,
                   ExecutorService fanOut) {
        this.operation = operation;
        this.resource = resource;
        this.client = client;
        this.requests = requests;
        this.fanOut = fanOut;
    }

    /** Reads the pages in order and hands each page's items to {@code pageSink} before reading the next. */
    ListingResult listPages(PollTarget target, Consumer<List<JsonNode>> pageSink) {
        Set<String> tokens = new HashSet<>();
        String token = null;
        int pages = 0;
        while (true) {
            JsonNode page;
            try {
                page = read(client.execute(requests.request(target.pathParameters(), token)));
            } catch (SinchApiException e) {
                return new ListingResult(pages, e);
            }
            pages++;
            List<JsonNode> items = new ArrayList<>();
            page.path(resource.itemsField()).forEach(items::add);
            pageSink.accept(items);
            String next = page.path("nextPageToken").asText("");
            if (next.isEmpty()) {
                return new ListingResult(pages, null);
            }
            if (!tokens.add(next)) {
                // A token seen before would loop forever; the listing is incomplete, so nothing is declared removed.
                return new ListingResult(pages, serverFault("the API returned the page token of an earlier page"));
            }
            token = next;
        }
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
        try {
            return new SingleResult(target, read(client.execute(requests.request(target.pathParameters(), null))),
                    null);
        } catch (SinchApiException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                return new SingleResult(target, null, null);
            }
            return new SingleResult(target, null, e);
        }
    }

    private JsonNode read(ApiResponse response) {
        try {
            JsonNode tree = ModelJson.mapper().readTree(response.body());
            if (tree == null || !tree.isObject()) {
                throw serverFault("HTTP " + response.statusCode() + " with a body that is not a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw serverFault("HTTP " + response.statusCode() + " with a body that is not JSON ("
                              + e.getClass().getSimpleName() + ")");
        }
    }

    private SinchApiException serverFault(String why) {
        return SinchApiException.builder(ErrorKind.SERVER, operation.operationId(),
                        operation.method() + " " + operation.pathTemplate())
                .message(operation.uriPath() + ": cannot read the resources: " + why)
                .build();
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
