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
package io.github.camelsinch.provisioning.client;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL building: each path value is one encoded segment, query order and repeats are kept, the host is fixed. */
class RequestUrlsTest {

    private static final String BASE = "https://provisioning.api.sinch.com";

    @Test
    void pathValuesAreEncodedAsSingleSegments() {
        ApiRequest r = ApiRequest.builder("getSender", "GET", "/v1/projects/{projectId}/whatsapp/senders/{senderId}")
                .pathParameter("projectId", "a/b?c#d").pathParameter("senderId", "é x%").build();

        assertEquals("/v1/projects/a%2Fb%3Fc%23d/whatsapp/senders/%C3%A9%20x%25", RequestUrls.pathAndQuery(r));
    }

    @Test
    void queryKeepsOrderAndRepeatedNamesAndEncodesValues() {
        ApiRequest r = ApiRequest.builder("list", "GET", "/v1/projects/{projectId}/senders")
                .pathParameter("projectId", "p").queryParameter("states", "ACTIVE")
                .queryParameter("states", "IN_PROGRESS").queryParameter("pageToken", "a+b=c&d").build();

        assertEquals("/v1/projects/p/senders?states=ACTIVE&states=IN_PROGRESS&pageToken=a%2Bb%3Dc%26d",
                RequestUrls.pathAndQuery(r));
    }

    @Test
    void aMissingPathParameterIsNamed() {
        ApiRequest r = ApiRequest.builder("getSender", "GET", "/v1/projects/{projectId}/senders/{senderId}")
                .pathParameter("projectId", "p").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestUrls.pathAndQuery(r));
        assertTrue(e.getMessage().contains("senderId"), e.getMessage());
    }

    @Test
    void dotSegmentsAndEmptyValuesAreRejected() {
        for (String bad : new String[] {"", ".", ".."}) {
            ApiRequest r = ApiRequest.builder("op", "GET", "/v1/projects/{projectId}")
                    .pathParameter("projectId", bad).build();
            assertThrows(IllegalArgumentException.class, () -> RequestUrls.pathAndQuery(r));
        }
    }

    @Test
    void aTemplateCannotChangeTheHost() {
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder("op", "GET", "@evil.com/x").build());
        // The host of a call is the base URL's, parsed once; whatever the template holds only goes into the path.
        RequestUrls.Base base = RequestUrls.base(BASE + "/gateway/");
        assertEquals("provisioning.api.sinch.com", base.host().getHostName());
        assertEquals("/gateway", base.pathPrefix());
        ApiRequest sneaky = ApiRequest.builder("op", "GET", "//evil.com/x").build();
        assertEquals("//evil.com/x", RequestUrls.pathAndQuery(sneaky));
    }

    @Test
    void requestBasicsIdempotencyAndToString() {
        assertTrue(ApiRequest.builder("o", "get", "/x").build().idempotent());
        assertTrue(ApiRequest.builder("o", "PUT", "/x").build().idempotent());
        assertTrue(ApiRequest.builder("o", "DELETE", "/x").build().idempotent());
        assertFalse(ApiRequest.builder("o", "POST", "/x").build().idempotent());
        assertFalse(ApiRequest.builder("o", "PATCH", "/x").build().idempotent());
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder("o", "TRACE", "/x").build());
        ApiRequest withBody = ApiRequest.builder("o", "POST", "/x")
                .body("{\"token\":\"hidden\"}".getBytes(StandardCharsets.UTF_8)).build();
        assertFalse(withBody.toString().contains("hidden"));
        assertEquals(withBody, ApiRequest.builder("o", "POST", "/x")
                .body("{\"token\":\"hidden\"}".getBytes(StandardCharsets.UTF_8)).build());
    }

    @Test
    void responseHeadersAreCaseInsensitiveAndBodyNeverNull() {
        ApiResponse r = new ApiResponse(204, java.util.Map.of("Retry-After", java.util.List.of("5")), null);
        assertEquals("5", r.header("retry-after"));
        assertEquals(null, r.header("X-Missing"));
        assertEquals(0, r.body().length);
        assertEquals("", r.bodyAsString());
    }

    @Test
    void headersOfTwoSpellingsAreMergedNotHidden() {
        ApiResponse r = ApiResponse.ofHeaderPairs(200,
                new String[] {"X-Trace", "1", "x-trace", "2", "Content-Type", "application/json"}, new byte[0]);
        assertEquals("1", r.header("X-TRACE"));
        assertEquals(java.util.List.of("1", "2"), r.headers().get("x-Trace"));
        assertEquals(2, r.headers().size());
        assertThrows(IllegalArgumentException.class, () -> ApiResponse.ofHeaderPairs(200, new String[] {"a"}, null));
    }

    @Test
    void nonAsciiInTheMiddleOfAValueIsEncodedAsUtf8() {
        ApiRequest r = ApiRequest.builder("op", "GET", "/v1/{a}/x/{b}").pathParameter("a", "ab%é/c~")
                .pathParameter("b", "ü").queryParameter("q", "1é").build();
        assertEquals("/v1/ab%25%C3%A9%2Fc~/x/%C3%BC?q=1%C3%A9", RequestUrls.pathAndQuery(r));
    }
}
