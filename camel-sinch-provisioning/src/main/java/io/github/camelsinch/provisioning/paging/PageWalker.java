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
package io.github.camelsinch.provisioning.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.request.ResponseJson;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one loop that follows {@code nextPageToken} through a list operation, shared by the producer
 * ({@code fetchAllPages}), the status consumer, the webhook registrar and the apply operations, so that all have the
 * same guards against a wrong or hostile server. It lives in its own package because it joins the HTTP client (which knows no
 * Camel type and no operation) with the catalogue's operation descriptors, and none of its callers' packages is a
 * natural home for the other two.
 * <p>
 * One request per page goes through {@link SinchApiClient#execute} (its retries, deadlines and typed errors apply to
 * each page); each page is checked and handed to the caller before the next is read, so nothing holds the whole
 * listing unless the caller chooses to. The walk ends:
 * <ul>
 * <li>{@link WalkResult.Ending#COMPLETE COMPLETE} at a page without a next token;</li>
 * <li>{@link WalkResult.Ending#PAGE_CAP PAGE_CAP} / {@link WalkResult.Ending#ITEM_CAP ITEM_CAP} at the first page
 *     boundary at or past {@code maxPages} / {@code maxItems}: the page that reaches a cap is handed over whole, so
 *     the next token says exactly where to continue and no item is skipped;</li>
 * <li>{@link WalkResult.Ending#STOPPED STOPPED} when {@code keepGoing} says no before a request (the caller is
 *     shutting down, or has found what it looked for);</li>
 * <li>{@link WalkResult.Ending#FAILED FAILED} on an API error or a malformed page, returned rather than thrown so a
 *     caller can still use the pages it got.</li>
 * </ul>
 * A malformed page is a {@code SERVER} error ({@link ResponseJson#malformed}) naming the operation and the URL of the call, and is never
 * read as an empty page: a body that is not a JSON object ({@link ResponseJson#object}); an items field that is there but not an array; a
 * {@code nextPageToken} that is not a string or is longer than {@value #MAX_TOKEN_LENGTH} characters; a next token
 * the walk has already seen (the start token included), which would loop; and a page without its items field,
 * except when the page says it is the empty end of the list (see {@link #checkItems}).
 */
public final class PageWalker {

    /**
     * Default caps for a caller that reads a whole listing to know what exists. Sized for real projects with room to
     * spare: 100,000 items is ten times the 10,000 templates the performance tests use, and 1,000 pages holds 25,000
     * bundles at their largest page of 25, or 100,000 senders at 100. An endless listing then costs 1,000 requests.
     */
    public static final int DEFAULT_MAX_PAGES = 1_000;
    /** See {@link #DEFAULT_MAX_PAGES}. */
    public static final int DEFAULT_MAX_ITEMS = 100_000;
    /** A real page token is a few dozen characters; a longer one is not sent back (it goes into the URL). */
    static final int MAX_TOKEN_LENGTH = 4096;

    private static final String NEXT_PAGE_TOKEN = "nextPageToken";

    private final ApiOperation operation;
    private final SinchApiClient client;
    private final int maxPages;
    private final int maxItems;

    /**
     * @param operation a list operation ({@link ApiOperation#isPaginated()})
     * @param maxPages  the most pages one walk reads, at least 1
     * @param maxItems  the walk stops at the first page boundary at or past this many items, at least 1
     */
    public PageWalker(ApiOperation operation, SinchApiClient client, int maxPages, int maxItems) {
        if (!operation.isPaginated()) {
            throw new IllegalArgumentException(operation.uriPath() + " is not a list operation");
        }
        if (maxPages < 1 || maxItems < 1) {
            throw new IllegalArgumentException("The page and item caps must be at least 1, were " + maxPages
                    + " and " + maxItems);
        }
        this.operation = operation;
        this.client = client;
        this.maxPages = maxPages;
        this.maxItems = maxItems;
    }

    /**
     * Reads the pages in order.
     *
     * @param firstToken the page to start at, or null for the first page of the list
     * @param requests   the request of the page with this token (null: the first page)
     * @param keepGoing  asked before every request; false ends the walk as STOPPED
     * @param pages      told each checked page, in order, before the next one is requested
     */
    public WalkResult walk(String firstToken, Function<String, ApiRequest> requests, BooleanSupplier keepGoing,
                           Consumer<Page> pages) {
        Set<String> seen = new HashSet<>();
        if (firstToken != null) {
            seen.add(firstToken);
        }
        String token = firstToken;
        int pageCount = 0;
        int itemCount = 0;
        while (true) {
            if (!keepGoing.getAsBoolean()) {
                return new WalkResult(WalkResult.Ending.STOPPED, pageCount, itemCount, token, null);
            }
            ApiRequest request = requests.apply(token);
            Page page;
            try {
                page = read(request, client.execute(request), pageCount + 1, seen);
            } catch (ApiCallException e) {
                return new WalkResult(WalkResult.Ending.FAILED, pageCount, itemCount, token, e);
            }
            pageCount++;
            itemCount += page.items().size();
            pages.accept(page);
            String next = page.nextPageToken();
            if (next == null) {
                return new WalkResult(WalkResult.Ending.COMPLETE, pageCount, itemCount, null, null);
            }
            if (pageCount >= maxPages) {
                return new WalkResult(WalkResult.Ending.PAGE_CAP, pageCount, itemCount, next, null);
            }
            if (itemCount >= maxItems) {
                return new WalkResult(WalkResult.Ending.ITEM_CAP, pageCount, itemCount, next, null);
            }
            token = next;
        }
    }

    public int maxPages() {
        return maxPages;
    }

    public int maxItems() {
        return maxItems;
    }

    private Page read(ApiRequest request, ApiResponse response, int number, Set<String> seen) {
        ObjectNode body = ResponseJson.object(client, request, response);
        String next = nextToken(request, response, body);
        ArrayNode items = checkItems(request, response, body, next);
        if (next != null && !seen.add(next)) {
            throw malformed(request, response,
                    "the API returned the page token of an earlier page again: following it would loop");
        }
        return new Page(number, body, items, next, request, response.statusCode(), response.attempts());
    }

    /** The next token; null at the end (absent, null or empty: proto3-style JSON writes no empty string). */
    private String nextToken(ApiRequest request, ApiResponse response, ObjectNode body) {
        JsonNode next = body.path(NEXT_PAGE_TOKEN);
        if (next.isMissingNode() || next.isNull()) {
            return null;
        }
        if (!next.isTextual()) {
            // Read as text an object would be "" and end the listing early: every later item would look removed.
            throw malformed(request, response, "the nextPageToken field is not a string (it is "
                    + typeOf(next) + ")");
        }
        String token = next.textValue();
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw malformed(request, response, "the nextPageToken is " + token.length()
                    + " characters long, more than the " + MAX_TOKEN_LENGTH + " this client sends back");
        }
        return token.isEmpty() ? null : token;
    }

    /**
     * The page's items. The contract requires the items field, but proto3-style JSON leaves out an empty array, so
     * a page without it is read as empty in exactly one case: it is the end of the list ({@code nextPageToken}
     * absent) and says it has nothing ({@code totalSize} present and 0). Any other page without items is malformed:
     * reading a broken page as empty would make a watcher report every resource it knows as removed.
     */
    private ArrayNode checkItems(ApiRequest request, ApiResponse response, ObjectNode body, String next) {
        String field = operation.listItemsField();
        JsonNode items = body.path(field);
        if (items.isArray()) {
            return (ArrayNode) items;
        }
        if (!items.isMissingNode() && !items.isNull()) {
            throw malformed(request, response, "the " + field + " field is not an array (it is " + typeOf(items)
                    + ")");
        }
        JsonNode total = body.path("totalSize");
        boolean saysEmpty = total.isNumber() && total.decimalValue().signum() == 0;
        if (next != null || !saysEmpty) {
            throw malformed(request, response, "the " + field + " field is missing, and the page "
                    + (next != null ? "has a nextPageToken" : "does not say the list is empty (totalSize 0)"));
        }
        return body.arrayNode();
    }

    private ApiCallException malformed(ApiRequest request, ApiResponse response, String why) {
        return ResponseJson.malformed(client, request, response.statusCode(), response.attempts(),
                "cannot follow the pages: " + why);
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
