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

import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Routes read models with Camel's simple language ({@code ${body.state}}); the README's first route does. The models'
 * fluent setters must not shadow the properties there: simple would call {@code state(...)} with the body.
 */
class SimpleLanguageOnModelsTest extends StubbedApiTestSupport {

    private static final String TWO_SENDERS = "{\"totalSize\":2,\"pageSize\":2,\"senders\":["
            + "{\"id\":\"s-1\",\"state\":\"ACTIVE\"},{\"id\":\"s-2\",\"state\":\"INACTIVE\"}]}";

    @Test
    void readmeFirstRouteSplitsTheSendersAndReadsTheirState() throws Exception {
        server.always("GET", "/v1/projects/" + PROJECT_ID + "/whatsapp/senders",
                r -> StubResponse.json(200, TWO_SENDERS));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:senders")
                        .to("sinch-prov:whatsapp-senders/list?fetchAllPages=true")
                        .split(simple("${body.senders}"))
                        .setBody(simple("${body.id} is ${body.state}"))
                        .to("mock:lines");
            }
        });
        MockEndpoint lines = context.getEndpoint("mock:lines", MockEndpoint.class);
        lines.expectedBodiesReceived("s-1 is ACTIVE", "s-2 is INACTIVE");

        Exchange result = template.send("direct:senders", e -> {});

        assertEquals(null, result.getException());
        lines.assertIsSatisfied();
        assertEquals(List.of("s-1 is ACTIVE", "s-2 is INACTIVE"),
                lines.getExchanges().stream().map(e -> e.getMessage().getBody(String.class)).toList());
    }
}
