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

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Redirects are not followed, so the bearer token cannot be carried to another host. */
class RedirectTest {

    @Test
    void a302ToAnotherServerIsNotFollowedAndThatServerSeesNothing() {
        try (StubServer api = StubServer.start(); StubServer elsewhere = StubServer.start();
             SinchHttpTransport transport = new SinchHttpTransport()) {
            api.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok-secret-value", 3600));
            api.always("GET", "/v1/", StubResponse.status(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/v1/projects/p/whatsapp/senders/s"));

            ApiCallException e = assertThrows(ApiCallException.class,
                    () -> transport.client(settings(api).build()).execute(getSender("p", "s")));

            assertEquals(302, e.httpStatus());
            assertEquals(ErrorKind.CLIENT, e.kind());
            assertEquals(1, api.count("GET", "/v1/"));
            assertEquals(0, elsewhere.requests().size());
        }
    }
}
