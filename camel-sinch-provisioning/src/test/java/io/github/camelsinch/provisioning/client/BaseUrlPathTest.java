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

import java.util.List;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A base URL with a path (a gateway in front of the API): calls go below it, errors name the whole URL. */
class BaseUrlPathTest {

    @Test
    void operationPathsAreAppendedToTheBaseUrlPath() {
        try (StubServer api = StubServer.start(); SinchHttpTransport transport = new SinchHttpTransport()) {
            api.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
            api.always("GET", "/gateway/v1/projects/p/whatsapp/senders/ok", StubResponse.json(200, "{}"));
            api.always("GET", "/gateway/v1/projects/p/whatsapp/senders/gone", StubResponse.json(404, "{}"));
            SinchApiClient client = transport.client(settings(api).baseUrl(api.baseUrl() + "/gateway/").build());

            assertEquals(200, client.execute(getSender("p", "ok")).statusCode());
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "gone")));

            List<String> paths = api.requests().stream().filter(r -> r.method().equals("GET"))
                    .map(StubRequest::path).toList();
            assertEquals(List.of("/gateway/v1/projects/p/whatsapp/senders/ok",
                    "/gateway/v1/projects/p/whatsapp/senders/gone"), paths);
            assertTrue(e.getMessage().contains("GET " + api.baseUrl() + "/gateway/v1/projects/p/whatsapp/senders/gone"),
                    e.getMessage());
        }
    }

    @Test
    void aTemplateThatLooksLikeAnotherHostStaysAPathOnTheBaseHost() {
        try (StubServer api = StubServer.start(); StubServer evil = StubServer.start();
             SinchHttpTransport transport = new SinchHttpTransport()) {
            api.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
            api.always("GET", "/", StubResponse.json(200, "{}"));
            String evilAuthority = evil.baseUrl().substring(evil.baseUrl().indexOf("//") + 2);
            ApiRequest sneaky = ApiRequest.builder("op", "GET", "//" + evilAuthority + "/x").build();

            transport.client(settings(api).build()).execute(sneaky);

            // However the receiving server reads such a target, it is the base URL's server that receives it.
            assertEquals(1, api.requests().stream().filter(r -> r.method().equals("GET")).count());
            assertEquals(List.of(), evil.requests());
        }
    }
}
