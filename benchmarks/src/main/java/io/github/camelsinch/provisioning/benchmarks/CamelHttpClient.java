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
package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * A plain Camel route per call: {@code http:} (camel-http) with the bearer token fetched once and set as a header,
 * and camel-jackson to marshal the body and unmarshal the response into the same model.
 */
public final class CamelHttpClient extends CamelRouteClient {

    public CamelHttpClient(BenchServer server) {
        super(routes(server));
    }

    private static RouteBuilder routes(BenchServer server) {
        String bearer;
        try (BaselineClient tokenOnly = new BaselineClient(server)) {
            bearer = tokenOnly.authorization();
        }
        String project = server.baseUrl() + "/v1/projects/" + BenchServer.PROJECT;
        String senderUrl = project + "/whatsapp/senders/" + server.senderId();
        String listUrl = project + "/whatsapp/templates?pageSize=" + BenchServer.PAGE_SIZE;
        String compareUrl = project + "/whatsapp/templates/" + BenchServer.firstTemplate() + "/languages/EN/compare";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get")
                        .setHeader("Authorization", constant(bearer))
                        .setHeader("Accept", constant("application/json"))
                        .to(senderUrl)
                        .unmarshal(json(WhatsappSenderDto.class));
                from("direct:list")
                        .setHeader("Authorization", constant(bearer))
                        .setHeader("Accept", constant("application/json"))
                        .to(listUrl)
                        .unmarshal(json(WhatsappTemplateListDto.class));
                from("direct:compare")
                        .marshal(json(WhatsappInputTemplateCompareDto.class))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(bearer))
                        .setHeader("Accept", constant("application/json"))
                        .to(compareUrl)
                        .unmarshal(json(WhatsappTemplateCompareDto.class));
            }
        };
    }

    static JacksonDataFormat json(Class<?> type) {
        JacksonDataFormat format = new JacksonDataFormat(type);
        format.setDisableFeatures("FAIL_ON_UNKNOWN_PROPERTIES");
        format.setInclude("NON_NULL");
        return format;
    }
}
