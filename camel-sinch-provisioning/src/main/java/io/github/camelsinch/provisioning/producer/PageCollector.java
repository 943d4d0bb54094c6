package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.client.SinchApiException;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Follows {@code nextPageToken} through a list and merges the items into one page. It stops at the last page, at
 * {@code maxPages}, or at the first page boundary at or past {@code maxItems} (so no item is skipped: the next page
 * token then says where to continue), and fails on a token the API already returned instead of looping.
 */
final class PageCollector {

    /** The merged page and how it was read. */
    record Result(ObjectNode page, int pages, boolean truncated, String nextPageToken, int lastStatus,
                  Supplier<String> lastCallUri) {
    }

    private PageCollector() {
    }

    /**
     * @param attempts told the attempts of each page's request as soon as it is answered, so the count is right even
     *                 when a later page fails
     */
    static Result collect(ApiOperation op, SinchApiClient client, Supplier<ApiRequest.Builder> requests,
                          String firstToken, int maxPages, int maxItems, IntConsumer attempts) {
        ArrayNode items = null;
        ObjectNode last = null;
        Set<String> seen = new HashSet<>();
        String token = firstToken;
        int pages = 0;
        int status = 0;
        Supplier<String> callUri = null;
        while (true) {
            ApiRequest.Builder request = requests.get();
            if (token != null) {
                request.queryParameter("pageToken", token);
            }
            ApiRequest call = request.build();
            callUri = () -> client.sanitizedUri(call);
            ApiResponse response = client.execute(call);
            status = response.statusCode();
            attempts.accept(response.attempts());
            pages++;
            JsonNode tree = ResponseReader.tree(op, response, callUri);
            if (!tree.isObject()) {
                throw notAPage(op, status, callUri, "the page is not a JSON object");
            }
            last = (ObjectNode) tree;
            JsonNode pageItems = last.path(op.listItemsField());
            if (items == null) {
                items = last.arrayNode();
            }
            if (pageItems.isArray()) {
                items.addAll((ArrayNode) pageItems);
            } else if (!pageItems.isMissingNode() && !pageItems.isNull()) {
                // Read as "no items" it would silently shorten the list; single-page mode fails on it as well.
                throw notAPage(op, status, callUri, "the " + op.listItemsField() + " field is not an array");
            }
            String next = last.path("nextPageToken").asText("");
            if (next.isEmpty()) {
                return merged(op, last, items, pages, false, null, status, callUri);
            }
            if (!seen.add(next) || next.equals(firstToken)) {
                throw notAPage(op, status, callUri, "the API returned the page token of an earlier page again ("
                        + next + "): following it would loop");
            }
            if (pages >= maxPages || items.size() >= maxItems) {
                return merged(op, last, items, pages, true, next, status, callUri);
            }
            token = next;
        }
    }

    private static Result merged(ApiOperation op, ObjectNode last, ArrayNode items, int pages, boolean truncated,
                                 String next, int status, Supplier<String> callUri) {
        ObjectNode page = last.deepCopy();
        page.set(op.listItemsField(), items);
        page.put("pageSize", items.size());
        if (truncated) {
            page.put("nextPageToken", next);
        } else {
            page.remove("nextPageToken");
        }
        page.remove("previousPageToken");
        return new Result(page, pages, truncated, next, status, callUri);
    }

    private static SinchApiException notAPage(ApiOperation op, int status, Supplier<String> callUri, String why) {
        return SinchApiException.builder(ErrorKind.SERVER, op.operationId(), callUri.get())
                .httpStatus(status)
                .errorMessage(op.uriPath() + ": cannot follow the pages: " + why)
                .build();
    }
}
