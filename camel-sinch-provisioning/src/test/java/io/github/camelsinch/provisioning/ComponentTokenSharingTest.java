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

import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token sharing at component level (docs/resilience.md, Retries): all endpoints of a component share one transport and
 * one OAuth2 token per key, whatever their paths, query options or page tokens; components do not share; Basic makes no
 * token call.
 */
class ComponentTokenSharingTest extends StubbedApiTestSupport {

    @BeforeEach
    void answerEverything() {
        server.defaultResponder(r -> StubResponse.json(200, "{}"));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> twentyUris() {
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uris.add("sinch-prov:webhooks/get?webhookId=wh-" + i);
            uris.add("sinch-prov:webhooks/list?pageSize=" + (i + 1) + "&pageToken=page-" + i);
            uris.add("sinch-prov:whatsapp-senders/get?senderId=s-" + i + "&responseTimeout=" + (10000 + i));
            uris.add("sinch-prov:whatsapp-templates/get?templateName=t" + i + "&languageCode=EN&projectId=p-" + i);
        }
        return uris;
    }

    @Test
    void hundredCallsOverTwentyEndpointsMakeExactlyOneTokenRequest() {
        List<String> uris = twentyUris();
        assertEquals(20, uris.size());
        for (int round = 0; round < 5; round++) {
            for (String uri : uris) {
                int r = round;
                Exchange result = call(uri, e -> e.getMessage().setHeader(SinchProvisioningConstants.PAGE_TOKEN,
                        uri.contains("list") ? "header-token-" + r : null));
                assertNull(result.getException(), () -> uri + ": " + result.getException());
            }
        }

        assertEquals(100, apiRequests().size());
        assertEquals(1, tokenRequests(), "one token for every endpoint, path, option and page token");
        for (StubRequest r : apiRequests()) {
            assertEquals("Bearer " + ACCESS_TOKEN, r.header("Authorization"));
        }
        SinchHttpTransport transport = context.getComponent("sinch-prov", SinchProvisioningComponent.class).transport();
        assertEquals(1, transport.metrics().tokenRequests());
        assertEquals(100, transport.metrics().calls());
    }

    @Test
    void concurrentColdCallsOnDifferentEndpointsMakeOneTokenRequest() throws Exception {
        int threads = 16;
        CountDownLatch allStarted = new CountDownLatch(threads);
        // The token endpoint answers only once every caller is on its way, so they all find the cache cold.
        server.always("POST", TOKEN_PATH, r -> {
            allStarted.await(10, TimeUnit.SECONDS);
            return StubResponse.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,"
                    + "\"token_type\":\"bearer\"}");
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String uri = "sinch-prov:webhooks/get?webhookId=concurrent-" + i;
                results.add(pool.submit(() -> {
                    allStarted.countDown();
                    return call(uri, (Object) null);
                }));
            }
            for (Future<Exchange> f : results) {
                assertNull(f.get(20, TimeUnit.SECONDS).getException());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads, apiRequests().size());
        assertEquals(1, tokenRequests());
    }

    @Test
    void anotherKeyOnTheSameComponentGetsItsOwnToken() {
        call("sinch-prov:webhooks/list", (Object) null);
        call("sinch-prov:webhooks/list?keyId=other-key&keySecret=other-secret", (Object) null);
        call("sinch-prov:webhooks/get?webhookId=x&keyId=other-key&keySecret=other-secret", (Object) null);
        call("sinch-prov:webhooks/get?webhookId=x", (Object) null);

        List<StubRequest> tokens = server.requests("POST", TOKEN_PATH);
        assertEquals(2, tokens.size());
        assertEquals(basic(KEY_ID, KEY_SECRET), tokens.get(0).header("Authorization"));
        assertEquals(basic("other-key", "other-secret"), tokens.get(1).header("Authorization"));
    }

    @Test
    void endpointsOfAComponentShareItsTransportAndTwoComponentsDoNot() throws Exception {
        SinchProvisioningComponent first = context.getComponent("sinch-prov", SinchProvisioningComponent.class);
        SinchProvisioningComponent second = new SinchProvisioningComponent();
        second.setConfiguration(first.getConfiguration().copy());
        context.addComponent("sinch-prov-second", second);

        call("sinch-prov:webhooks/list", (Object) null);
        call("sinch-prov:webhooks/get?webhookId=a", (Object) null);
        call("sinch-prov-second:webhooks/list", (Object) null);
        call("sinch-prov-second:webhooks/get?webhookId=a", (Object) null);

        assertNotSame(first.transport(), second.transport());
        assertSame(first.transport(), first.transport());
        assertEquals(2, first.transport().metrics().calls());
        assertEquals(2, second.transport().metrics().calls());
        assertEquals(1, first.transport().metrics().tokenRequests());
        assertEquals(1, second.transport().metrics().tokenRequests());
        assertEquals(2, tokenRequests(), "each component caches its own token");
    }

    @Test
    void stoppingTheComponentClosesItsTransport() {
        SinchProvisioningComponent component = context.getComponent("sinch-prov", SinchProvisioningComponent.class);
        call("sinch-prov:webhooks/list", (Object) null);
        SinchHttpTransport transport = component.transport();

        context.stop();

        assertTrue(transport.isClosed());
    }

    @Test
    void basicAuthSendsBasicAndMakesNoTokenRequest() {
        try (LogCapture warnings = LogCapture.capture("io.github.camelsinch.provisioning", Level.WARN)) {
            call("sinch-prov:webhooks/list?authType=basic", (Object) null);
            call("sinch-prov:webhooks/get?webhookId=a&authType=basic", (Object) null);
            call("sinch-prov:webhooks/get?webhookId=b&authType=basic", (Object) null);

            assertEquals(0, tokenRequests());
            assertEquals(3, apiRequests().size());
            for (StubRequest r : apiRequests()) {
                assertEquals(basic(KEY_ID, KEY_SECRET), r.header("Authorization"));
            }
            assertEquals(1, warnings.count(Level.WARN, "Basic"), () -> "one WARN per transport: " + warnings.lines());
        }
    }

    @Test
    void basicAuthOnTheComponentAppliesToEveryEndpoint() throws Exception {
        SinchProvisioningComponent basicComponent = new SinchProvisioningComponent();
        basicComponent.setConfiguration(
                context.getComponent("sinch-prov", SinchProvisioningComponent.class).getConfiguration().copy());
        basicComponent.getConfiguration().setAuthType("basic");
        context.addComponent("sinch-basic", basicComponent);

        call("sinch-basic:webhooks/list", (Object) null);
        call("sinch-basic:whatsapp-senders/get?senderId=s", (Object) null);
        call("sinch-basic:webhooks/list?authType=oauth2", (Object) null);

        assertEquals(1, tokenRequests(), "only the endpoint that opted back into oauth2");
        List<String> auth = apiRequests().stream().map(r -> r.header("Authorization")).toList();
        assertEquals(List.of(basic(KEY_ID, KEY_SECRET), basic(KEY_ID, KEY_SECRET), "Bearer " + ACCESS_TOKEN), auth);
    }
}
