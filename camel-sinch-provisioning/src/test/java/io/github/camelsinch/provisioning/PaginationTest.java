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
package io.github.camelsinch.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.contract.ContractRequestValidator;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookListDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderListDto;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token pagination. fetchAllPages follows nextPageToken and merges the items (0, 1 and N pages, an empty last page),
 * stops at maxPages / maxItems saying where to go on, and refuses a repeated token instead of looping; single-page mode
 * returns one page and its next token; the page token header picks the page.
 */
class PaginationTest extends StubbedApiTestSupport {

    private static final String WEBHOOKS = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String LIST = "sinch-prov:webhooks/list";
    private static final String ALL = LIST + "?fetchAllPages=true";

    /** Pages by the page token they answer ("" for the first page). */
    private final Map<String, String> pages = new HashMap<>();

    private void page(String token, String nextToken, int firstId, int count, Integer totalSize) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"wh-").append(firstId + i)
                    .append("\",\"target\":\"https://example.com/").append(firstId + i)
                    .append("\",\"triggers\":[\"ALL\"]}");
        }
        pages.put(token, "{" + (totalSize == null ? "" : "\"totalSize\":" + totalSize + ",") + "\"pageSize\":" + count
                + (token.isEmpty() ? "" : ",\"previousPageToken\":\"prev-" + token + "\"")
                + (nextToken == null ? "" : ",\"nextPageToken\":\"" + nextToken + "\"")
                + ",\"webhooks\":[" + items + "]}");
    }

    private void serve() {
        server.always("GET", WEBHOOKS, r -> {
            List<String> token = query(r).getOrDefault("pageToken", List.of(""));
            String body = pages.get(token.get(0));
            return body == null ? StubResponse.papiError(400, "invalid_page_token", "unknown token", "none")
                    : StubResponse.json(200, body);
        });
    }

    private static Map<String, List<String>> query(StubRequest r) {
        return ContractRequestValidator.queryParameters(r.rawQuery());
    }

    private List<String> sentTokens() {
        List<String> tokens = new ArrayList<>();
        for (StubRequest r : apiRequests()) {
            tokens.add(query(r).getOrDefault("pageToken", List.of("-")).get(0));
        }
        return tokens;
    }

    private static List<String> ids(Exchange result) {
        WebhookWebhookListDto list = assertInstanceOf(WebhookWebhookListDto.class, result.getMessage().getBody());
        return list.getWebhooks().stream().map(WebhookWebhookDto::getId).toList();
    }

    private static List<String> ids(int from, int toInclusive) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= toInclusive; i++) {
            ids.add("wh-" + i);
        }
        return ids;
    }

    private static void assertSuccess(Exchange result) {
        assertNull(result.getException(), () -> "call failed: " + result.getException());
    }

    // --- fetchAllPages ------------------------------------------------------------------------------------------

    @Test
    void zeroItems() {
        page("", null, 1, 0, 0);
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(List.of(), ids(result));
        Message m = result.getMessage();
        assertEquals(1, m.getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertEquals(0L, m.getHeader(SinchProvisioningConstants.TOTAL_SIZE));
        assertEquals(false, m.getHeader(SinchProvisioningConstants.TRUNCATED));
        assertNull(m.getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(1, apiRequests().size());
    }

    @Test
    void pageWithoutTheItemsFieldCountsAsEmpty() {
        pages.put("", "{\"totalSize\":0}");
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(List.of(), ids(result));
    }

    @Test
    void onePage() {
        page("", null, 1, 3, 3);
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 3), ids(result));
        assertEquals(1, result.getMessage().getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertEquals(false, result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals(1, apiRequests().size());
    }

    @Test
    void manyPagesAreMergedFollowingEachNextToken() {
        page("", "t1", 1, 15, 40);
        page("t1", "t2", 16, 15, 40);
        page("t2", null, 31, 10, 40);
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 40), ids(result));
        Message m = result.getMessage();
        assertEquals(3, m.getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertEquals(40L, m.getHeader(SinchProvisioningConstants.TOTAL_SIZE));
        assertEquals(false, m.getHeader(SinchProvisioningConstants.TRUNCATED));
        assertNull(m.getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(200, m.getHeader(SinchProvisioningConstants.HTTP_STATUS));
        WebhookWebhookListDto merged = m.getBody(WebhookWebhookListDto.class);
        assertEquals(new BigDecimal(40), merged.getPageSize(), "pageSize of the merged page is its item count");
        assertNull(merged.getNextPageToken());
        assertNull(merged.getPreviousPageToken());

        assertEquals(List.of("-", "t1", "t2"), sentTokens(), "each request carries the previous nextPageToken");
        for (StubRequest r : apiRequests()) {
            assertEquals(List.of("15"), query(r).get("pageSize"), "pageSize defaults to the operation's maximum");
        }
    }

    @Test
    void explicitPageSizeIsKeptOnEveryPage() {
        page("", "t1", 1, 2, null);
        page("t1", null, 3, 1, null);
        serve();

        Exchange result = call(ALL + "&pageSize=2", (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 3), ids(result));
        assertNull(result.getMessage().getHeader(SinchProvisioningConstants.TOTAL_SIZE), "the API sent none");
        for (StubRequest r : apiRequests()) {
            assertEquals(List.of("2"), query(r).get("pageSize"));
        }
    }

    @Test
    void largestPageOfEachOperation() {
        server.always("GET", "/v1/projects/" + PROJECT_ID + "/whatsapp/senders",
                StubResponse.json(200, "{\"senders\":[{\"id\":\"s1\"}],\"totalSize\":1}"));

        Exchange result = call("sinch-prov:whatsapp-senders/list?fetchAllPages=true", (Object) null);

        assertSuccess(result);
        assertEquals(List.of("100"), query(lastApiRequest()).get("pageSize"));
        WhatsappSenderListDto senders = assertInstanceOf(WhatsappSenderListDto.class, result.getMessage().getBody());
        assertEquals("s1", senders.getSenders().get(0).getId());
    }

    @Test
    void emptyLastPage() {
        page("", "t1", 1, 15, null);
        page("t1", null, 16, 0, null);
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 15), ids(result));
        assertEquals(2, result.getMessage().getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertEquals(false, result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
    }

    @Test
    void emptyPageInTheMiddleIsFollowed() {
        page("", "t1", 1, 2, null);
        page("t1", "t2", 3, 0, null);
        page("t2", null, 3, 2, null);
        serve();

        Exchange result = call(ALL, (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 4), ids(result));
        assertEquals(3, apiRequests().size());
    }

    @Test
    void repeatedTokenFailsInsteadOfLooping() {
        page("", "t1", 1, 2, null);
        page("t1", "t1", 3, 2, null); // the API answers the same token again
        serve();

        Exchange result = call(ALL, (Object) null);

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertTrue(e.getMessage().contains("webhooks/list"), e.getMessage());
        assertTrue(e.getMessage().contains("page token of an earlier page") && e.getMessage().contains("loop"),
                e.getMessage());
        assertTrue(e.isServerError());
        assertEquals("GET " + server.baseUrl() + WEBHOOKS + "?pageSize=15&pageToken=t1", e.sanitizedUri());
        assertEquals(2, apiRequests().size(), "no third request");
    }

    @Test
    void tokenCycleFailsInsteadOfLooping() {
        page("", "t1", 1, 1, null);
        page("t1", "t2", 2, 1, null);
        page("t2", "t1", 3, 1, null); // back to t1: t1 -> t2 -> t1 -> ...
        serve();

        Exchange result = call(ALL, (Object) null);

        assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(List.of("-", "t1", "t2"), sentTokens());
    }

    @Test
    void pageReturningTheStartTokenFailsAfterOneRequest() {
        page("start", "start", 1, 1, null);
        serve();

        Exchange result = call(ALL, e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN, "start"));

        assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(1, apiRequests().size());
    }

    @Test
    void maxPagesCapsTheReadingAndSaysWhereToGoOn() {
        for (int i = 0; i < 10; i++) {
            page(i == 0 ? "" : "t" + i, i == 9 ? null : "t" + (i + 1), i * 2 + 1, 2, 20);
        }
        serve();

        Exchange result = call(ALL + "&maxPages=3", (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 6), ids(result));
        Message m = result.getMessage();
        assertEquals(true, m.getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals(3, m.getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertEquals("t3", m.getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals("t3", m.getBody(WebhookWebhookListDto.class).getNextPageToken());
        assertEquals(3, apiRequests().size());

        // Going on from the token reads the rest without repeating an item.
        Exchange rest = call(ALL, e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN,
                m.getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN)));
        assertSuccess(rest);
        assertEquals(ids(7, 20), ids(rest));
        assertEquals(false, rest.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
    }

    @Test
    void maxItemsStopsAtThePageBoundaryWithoutSkippingAnItem() {
        for (int i = 0; i < 10; i++) {
            page(i == 0 ? "" : "t" + i, i == 9 ? null : "t" + (i + 1), i * 5 + 1, 5, 50);
        }
        serve();

        Exchange result = call(ALL + "&maxItems=7", (Object) null);

        assertSuccess(result);
        // The page that reaches maxItems is returned whole: cutting it would lose items the next token skips.
        assertEquals(ids(1, 10), ids(result));
        assertEquals(true, result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals("t2", result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(2, apiRequests().size());
    }

    @Test
    void maxItemsOnAPageBoundary() {
        for (int i = 0; i < 10; i++) {
            page(i == 0 ? "" : "t" + i, i == 9 ? null : "t" + (i + 1), i * 5 + 1, 5, 50);
        }
        serve();

        Exchange result = call(ALL + "&maxItems=5", (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 5), ids(result));
        assertEquals(true, result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals("t1", result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(1, apiRequests().size());
    }

    @Test
    void errorOnALaterPageFailsTheMessage() {
        page("", "t1", 1, 2, null);
        serve(); // t1 is unknown to the stub: 400

        Exchange result = call(ALL, (Object) null);

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(400, e.getHttpResponseCode());
        assertEquals("invalid_page_token", e.errorCode());
    }

    @Test
    void fetchAllPagesAsRawJson() throws Exception {
        page("", "t1", 1, 2, 3);
        page("t1", null, 3, 1, 3);
        serve();

        Exchange result = call(ALL + "&rawJson=true", (Object) null);

        assertSuccess(result);
        String json = assertInstanceOf(String.class, result.getMessage().getBody());
        JsonNode tree = ModelJson.mapper().readTree(json);
        assertEquals(3, tree.get("webhooks").size());
        assertEquals("wh-3", tree.get("webhooks").get(2).get("id").asText());
        assertFalse(tree.has("nextPageToken"));
        assertEquals(2, result.getMessage().getHeader(SinchProvisioningConstants.PAGE_COUNT));
    }

    // --- single page (default) ----------------------------------------------------------------------------------

    @Test
    void singlePageModeReturnsOnePageAndItsNextToken() {
        page("", "t1", 1, 2, 6);
        page("t1", "t2", 3, 2, 6);
        serve();

        Exchange result = call(LIST, (Object) null);

        assertSuccess(result);
        assertEquals(ids(1, 2), ids(result));
        Message m = result.getMessage();
        assertEquals("t1", m.getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals("t1", m.getBody(WebhookWebhookListDto.class).getNextPageToken());
        assertEquals(6L, m.getHeader(SinchProvisioningConstants.TOTAL_SIZE));
        assertEquals(1, m.getHeader(SinchProvisioningConstants.PAGE_COUNT));
        assertNull(m.getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals(1, apiRequests().size());
        assertNull(lastApiRequest().rawQuery(), "no pageSize is invented in single-page mode");
    }

    @Test
    void pageTokenHeaderSelectsThePage() {
        page("", "t1", 1, 2, 6);
        page("t1", "t2", 3, 2, 6);
        serve();

        Exchange result = call(LIST + "?pageSize=2",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN, "t1"));

        assertSuccess(result);
        assertEquals(ids(3, 4), ids(result));
        assertEquals("t2", result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(Map.of("pageSize", List.of("2"), "pageToken", List.of("t1")), query(lastApiRequest()));
    }

    @Test
    void pageTokenHeaderWinsOverTheOption() {
        page("t1", "t2", 3, 2, 6);
        page("t2", null, 5, 2, 6);
        serve();

        call(LIST + "?pageToken=t1", (Object) null);
        call(LIST + "?pageToken=t1", e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN, "t2"));

        assertEquals(List.of("t1", "t2"), sentTokens());
    }

    @Test
    void lastPageClearsOutputHeadersOfAnEarlierCall() {
        page("t2", null, 5, 2, null);
        serve();

        Exchange result = call(LIST, e -> {
            e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN, "t2");
            e.getMessage().setHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN, "t2");
            e.getMessage().setHeader(SinchProvisioningConstants.TOTAL_SIZE, 99L);
            e.getMessage().setHeader(SinchProvisioningConstants.TRUNCATED, true);
        });

        assertSuccess(result);
        assertNull(result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN),
                "a stale next token would make a paging loop run forever");
        assertNull(result.getMessage().getHeader(SinchProvisioningConstants.TOTAL_SIZE));
        assertNull(result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
    }

    @Test
    void routeCanPageThroughWithTheHeaders() {
        page("", "t1", 1, 2, 5);
        page("t1", "t2", 3, 2, 5);
        page("t2", null, 5, 1, 5);
        serve();

        List<String> all = new ArrayList<>();
        String token = null;
        int guard = 0;
        do {
            String current = token;
            Exchange result = call(LIST, e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN, current));
            assertSuccess(result);
            all.addAll(ids(result));
            token = result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN, String.class);
        } while (token != null && ++guard < 10);

        assertEquals(ids(1, 5), all);
        assertEquals(3, apiRequests().size());
    }

    @Test
    void singlePageAsRawJson() {
        page("", "t1", 1, 1, 2);
        serve();

        Exchange result = call(LIST + "?rawJson=true", (Object) null);

        assertSuccess(result);
        String json = assertInstanceOf(String.class, result.getMessage().getBody());
        assertTrue(json.contains("\"nextPageToken\":\"t1\""), json);
        assertEquals("t1", result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
    }

    @Test
    void fetchAllPagesOnAnOperationThatIsNotAListCallsOnce() {
        server.enqueue("GET", WEBHOOKS + "/wh-1", StubResponse.json(200, "{\"id\":\"wh-1\",\"nextPageToken\":\"x\"}"));

        Exchange result = call("sinch-prov:webhooks/get?webhookId=wh-1&fetchAllPages=true", (Object) null);

        assertSuccess(result);
        assertEquals("wh-1", result.getMessage().getBody(WebhookWebhookDto.class).getId());
        assertEquals(1, apiRequests().size());
        assertNull(result.getMessage().getHeader(SinchProvisioningConstants.PAGE_COUNT));
    }
}
