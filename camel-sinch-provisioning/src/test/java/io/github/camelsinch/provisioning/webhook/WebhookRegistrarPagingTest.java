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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.ScriptedPages;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import io.github.camelsinch.provisioning.paging.PageWalker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.camelsinch.provisioning.client.ScriptedPages.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the registrar looks for its existing registration: the contract's largest page, the shared page walker's
 * guards, and no webhook created from a listing it cannot trust (it could be a second one for the same target).
 */
class WebhookRegistrarPagingTest extends StubbedApiTestSupport {

    private static final String WEBHOOKS = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String TARGET = "https://hooks.example.com/sinch";

    private final ScriptedPages pages = new ScriptedPages();
    private WebhookRegistrar registrar;

    @BeforeEach
    void registrar() {
        server.always("GET", WEBHOOKS, pages);
        server.always("POST", WEBHOOKS, StubResponse.json(200, webhook("wh-new", TARGET)));
        server.always("PUT", WEBHOOKS, StubResponse.json(200, webhook("wh-7", TARGET)));
        registrar = new WebhookRegistrar(
                context.getEndpoint("sinch-prov:webhooks/list", SinchProvisioningEndpoint.class).client(),
                PROJECT_ID, TARGET, "whsec-test-0c1d", List.of(WebhookWebhookTriggersEnum.ALL));
    }

    private static String webhook(String id, String target) {
        return "{\"id\":\"" + id + "\",\"target\":\"" + target + "\",\"triggers\":[\"ALL\"]}";
    }

    private static String other(int n) {
        return webhook("wh-" + n, "https://other.example.com/" + n);
    }

    @Test
    void readsTheLargestPagesTheContractAllowsAndStopsAtTheMatch() {
        pages.page("", body("webhooks", "t1", 40, other(1), other(2)))
                .page("t1", body("webhooks", "t2", 40, other(3), webhook("wh-7", TARGET)))
                .page("t2", body("webhooks", null, 40, other(5)));

        WebhookRegistrar.Registration registration = registrar.register();

        assertEquals("wh-7", registration.webhookId());
        assertFalse(registration.created());
        assertEquals(List.of("", "t1"), pages.tokensSent(), "no page read after the match");
        server.requests("GET", WEBHOOKS).forEach(r -> assertTrue(r.rawQuery().contains("pageSize=15"), r.rawQuery()));
        assertEquals(1, server.count("PUT", WEBHOOKS));
    }

    @Test
    void anEmptyListCreatesTheWebhook() {
        pages.page("", "{\"totalSize\":0,\"pageSize\":15,\"webhooks\":[]}"); // as the simulator answers

        WebhookRegistrar.Registration registration = registrar.register();

        assertTrue(registration.created());
        assertEquals(1, server.count("POST", WEBHOOKS));
    }

    @Test
    void ourRegistrationWithoutAnIdFailsRatherThanCreatingASecondOne() {
        pages.page("", body("webhooks", null, 1, "{\"target\":\"" + TARGET + "\",\"triggers\":[\"ALL\"]}"));

        IllegalStateException e = assertThrows(IllegalStateException.class, registrar::register);

        assertTrue(e.getMessage().contains("without an id"), e.getMessage());
        assertEquals(0, server.count("POST", WEBHOOKS));
    }

    @Test
    void aRepeatedTokenOnTheSecondPageFailsTheRegistration() {
        pages.page("", body("webhooks", "t1", null, other(1))).page("t1", body("webhooks", "t1", null, other(2)));

        ApiCallException e = assertThrows(ApiCallException.class, registrar::register);

        assertLoopError(e, "pageSize=15&pageToken=t1");
        assertEquals(2, server.count("GET", WEBHOOKS));
        assertEquals(0, server.count("POST", WEBHOOKS), "nothing created from a listing that loops");
    }

    @Test
    void aRepeatedTokenOnALaterPageFailsTheRegistration() {
        pages.page("", body("webhooks", "t1", null, other(1)))
                .page("t1", body("webhooks", "t2", null, other(2)))
                .page("t2", body("webhooks", "t1", null, other(3)));

        ApiCallException e = assertThrows(ApiCallException.class, registrar::register);

        assertLoopError(e, "pageSize=15&pageToken=t2");
        assertEquals(List.of("", "t1", "t2"), pages.tokensSent());
        assertEquals(0, server.count("POST", WEBHOOKS));
    }

    private void assertLoopError(ApiCallException e, String query) {
        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals("GET " + server.baseUrl() + WEBHOOKS + "?" + query, e.sanitizedUri());
        assertTrue(e.getMessage().contains("webhooks/list") && e.getMessage().contains("page token of an earlier page"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"totalSize\":1,\"webhooks\":{\"id\":\"wh-7\"}}",
        "{\"totalSize\":1,\"webhooks\":\"wh-7\"}",
        "{\"totalSize\":1,\"nextPageToken\":\"t2\"}",
        "{}"})
    void aMalformedPageFailsTheRegistration(String page) {
        pages.page("", body("webhooks", "t1", 2, other(1))).page("t1", page);

        ApiCallException e = assertThrows(ApiCallException.class, registrar::register);

        assertEquals(ErrorKind.SERVER, e.kind());
        assertTrue(e.getMessage().startsWith("webhooks/list GET ")
                && e.getMessage().contains(": cannot follow the pages"), e.getMessage());
        assertEquals(0, server.count("POST", WEBHOOKS), "nothing created from a page that could hide ours");
    }

    @Test
    void anEndlessListingStopsAtTheDefaultPageCapAndRegistersNothing() {
        pages.endless("webhooks", WebhookRegistrarPagingTest::other);

        IllegalStateException e = assertThrows(IllegalStateException.class, registrar::register);

        assertEquals(PageWalker.DEFAULT_MAX_PAGES, server.count("GET", WEBHOOKS));
        assertTrue(e.getMessage().contains("did not end within " + PageWalker.DEFAULT_MAX_PAGES + " pages"),
                e.getMessage());
        assertEquals(0, server.count("POST", WEBHOOKS));
    }
}
