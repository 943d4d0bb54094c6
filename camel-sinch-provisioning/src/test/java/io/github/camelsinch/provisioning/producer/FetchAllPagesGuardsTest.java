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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.ScriptedPages;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookListDto;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.camelsinch.provisioning.client.ScriptedPages.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fetchAllPages against a wrong or hostile server: the same guards as the consumer and the registrar (one page
 * walker), with the producer's own result: a merged page, truncated at maxPages with the token to go on.
 */
class FetchAllPagesGuardsTest extends StubbedApiTestSupport {

    private static final String WEBHOOKS = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String ALL = "sinch-prov:webhooks/list?fetchAllPages=true";

    private final ScriptedPages pages = new ScriptedPages();

    @BeforeEach
    void serve() {
        server.always("GET", WEBHOOKS, pages);
    }

    private static String webhook(int n) {
        return "{\"id\":\"wh-" + n + "\",\"target\":\"https://example.com/" + n + "\",\"triggers\":[\"ALL\"]}";
    }

    @Test
    void endlessNewTokensStopAtMaxPagesWithTheTokenToGoOn() {
        pages.endless("webhooks", FetchAllPagesGuardsTest::webhook);

        Exchange result = call(ALL + "&maxPages=40", (Object) null);

        assertNull(result.getException());
        assertEquals(40, apiRequests().size(), "exactly maxPages requests");
        WebhookWebhookListDto merged = result.getMessage().getBody(WebhookWebhookListDto.class);
        assertEquals(40, merged.getWebhooks().size());
        assertEquals("wh-39", merged.getWebhooks().get(39).getId());
        assertEquals(true, result.getMessage().getHeader(SinchProvisioningConstants.TRUNCATED));
        assertEquals("e40", result.getMessage().getHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN));
        assertEquals(40, result.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS));
    }

    @Test
    void aRepeatedTokenOnTheSecondPageFails() {
        pages.page("", body("webhooks", "t1", null, webhook(1))).page("t1", body("webhooks", "t1", null, webhook(2)));

        SinchProvisioningException e = failure(call(ALL, (Object) null));

        assertLoopError(e, "pageSize=15&pageToken=t1");
        assertEquals(2, apiRequests().size());
        assertEquals(2, e.attempts(), "the pages read are counted, the bad one included");
    }

    @Test
    void aRepeatedTokenOnALaterPageFails() {
        pages.page("", body("webhooks", "t1", null, webhook(1)))
                .page("t1", body("webhooks", "t2", null, webhook(2)))
                .page("t2", body("webhooks", "t3", null, webhook(3)))
                .page("t3", body("webhooks", "t2", null, webhook(4)));

        SinchProvisioningException e = failure(call(ALL, (Object) null));

        assertLoopError(e, "pageSize=15&pageToken=t3");
        assertEquals(List.of("", "t1", "t2", "t3"), pages.tokensSent());
    }

    private void assertLoopError(SinchProvisioningException e, String query) {
        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals("GET " + server.baseUrl() + WEBHOOKS + "?" + query, e.sanitizedUri());
        assertTrue(e.getMessage().contains("webhooks/list") && e.getMessage().contains("page token of an earlier page")
                && e.getMessage().contains(server.baseUrl() + WEBHOOKS + "?" + query), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"totalSize\":2,\"webhooks\":{\"id\":\"wh-2\"}}|webhooks field is not an array (it is object)",
        "{\"totalSize\":2,\"webhooks\":\"wh-2\"}|webhooks field is not an array (it is string)",
        "{\"totalSize\":2,\"nextPageToken\":\"t2\"}|webhooks field is missing, and the page has a nextPageToken",
        "{\"totalSize\":2}|webhooks field is missing, and the page does not say the list is empty",
        "{}|webhooks field is missing, and the page does not say the list is empty",
        "{\"webhooks\":[],\"nextPageToken\":[\"t2\"]}|nextPageToken field is not a string (it is array)"})
    void aMalformedLaterPageFailsTheMessage(String pageAndReason) {
        String[] parts = pageAndReason.split("\\|");
        pages.page("", body("webhooks", "t1", 2, webhook(1))).page("t1", parts[0]);

        SinchProvisioningException e = failure(call(ALL, (Object) null));

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(200, e.getHttpResponseCode());
        assertTrue(e.getMessage().contains("webhooks/list") && e.getMessage().contains(parts[1]), e.getMessage());
        assertEquals("GET " + server.baseUrl() + WEBHOOKS + "?pageSize=15&pageToken=t1", e.sanitizedUri());
    }

    @Test
    void anOverlongTokenIsNotSentBack() {
        pages.page("", body("webhooks", "x".repeat(5000), null, webhook(1)));

        SinchProvisioningException e = failure(call(ALL, (Object) null));

        assertTrue(e.getMessage().contains("5000 characters long"), e.getMessage());
        assertTrue(e.getMessage().length() < 500, "the token is not quoted");
        assertEquals(1, apiRequests().size());
    }

    @Test
    void anEmptyListWithoutItsArrayIsEmpty() {
        pages.page("", "{\"totalSize\":0,\"pageSize\":15}");

        Exchange result = call(ALL, (Object) null);

        assertNull(result.getException());
        assertEquals(List.<WebhookWebhookDto>of(),
                result.getMessage().getBody(WebhookWebhookListDto.class).getWebhooks());
    }

    private static SinchProvisioningException failure(Exchange result) {
        return assertInstanceOf(SinchProvisioningException.class, result.getException());
    }
}
