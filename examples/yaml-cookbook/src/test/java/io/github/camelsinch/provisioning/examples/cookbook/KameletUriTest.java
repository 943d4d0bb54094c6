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
package io.github.camelsinch.provisioning.examples.cookbook;

import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kamelets used with URI query parameters ({@code kamelet:sinch-prov-action-sink?api=...}) in the Java DSL:
 * path parameters from headers, the response as the body, errors as exceptions, and a key secret with URI
 * delimiters in it.
 */
class KameletUriTest {

    /** A secret that breaks a URI unless it is passed whole: +, &, =, % and a space. */
    private static final String SECRET = "s3cr+t&x=1% y";

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .credentials("cookbook-key", SECRET).build());

    private static final String PROJECT = "kamelet-uri-project";

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startContext() throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                String credentials = "projectId={{p}}&keyId={{k}}&keySecret=RAW({{s}})&baseUrl={{b}}&authUrl={{a}}";
                from("direct:create")
                        .to("kamelet:sinch-prov-action-sink?api=whatsapp-templates&operation=create&" + credentials);
                from("direct:get")
                        .to("kamelet:sinch-prov-action-sink?api=whatsapp-templates&operation=get&" + credentials);
                from("direct:list-raw")
                        .to("kamelet:sinch-prov-action-sink?api=webhooks&operation=list&rawJson=true&" + credentials);
                from("kamelet:sinch-prov-status-source?api=whatsapp-templates&operation=list&delay=50"
                        + "&filterStates=APPROVED&" + credentials)
                        .to("mock:approved");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    private static java.util.Properties properties() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("p", PROJECT);
        p.setProperty("k", "cookbook-key");
        p.setProperty("s", SECRET);
        p.setProperty("b", SIM.baseUrl());
        p.setProperty("a", SIM.tokenUrl());
        return p;
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void sinkCallsTheOperationWithPathParametersFromHeadersAndSourceEmitsTheFilteredChanges() throws Exception {
        MockEndpoint approved = context.getEndpoint("mock:approved", MockEndpoint.class);
        // The source's first poll (recorded silently) must see the project before the template is approved.
        Await.until("the source's first poll", Duration.ofSeconds(10), () -> SIM.control().requests().stream()
                .anyMatch(r -> r.path().endsWith("/whatsapp/templates") && r.status() == 200
                        && r.query() != null && r.query().contains("filterStates=APPROVED")));
        Object created = template.requestBody("direct:create", """
                {"name": "kamelet_uri", "category": "MARKETING", "language": "DE", "status": "SUBMIT",
                 "details": {"components": [{"type": "BODY", "text": "Hallo"}]}}""");
        assertInstanceOf(WhatsappTemplateDto.class, created);
        assertEquals("kamelet_uri", ((WhatsappTemplateDto) created).getName());

        SIM.control().advance(Duration.ofSeconds(10)); // IN_PROGRESS -> PENDING -> APPROVED
        approved.expectedMessageCount(1);
        approved.expectedHeaderReceived("CamelSinchProvResourceId", "kamelet_uri/DE");
        approved.expectedHeaderReceived("CamelSinchProvChangeType", "ADDED"); // entered the filter
        approved.assertIsSatisfied(10_000);

        Object got = template.requestBodyAndHeaders("direct:get", null, Map.of(
                "CamelSinchProvTemplateName", "kamelet_uri", "CamelSinchProvLanguageCode", "DE"));
        assertEquals("APPROVED", ((WhatsappTemplateDto) got).getState().value());

        String raw = template.requestBody("direct:list-raw", null, String.class);
        assertTrue(raw.startsWith("{") && raw.contains("\"webhooks\""), raw);
        // The credentials reached the simulator intact: every call above was authenticated.
        assertTrue(SIM.control().requests().stream().noneMatch(r -> r.status() == 401), "no 401");
        assertTrue(
                SIM.control().requests().stream().anyMatch(r -> r.path().equals("/oauth2/token") && r.status() == 200));
    }

    @Test
    void sinkFailsTheExchangeWithTheTypedErrorOfTheApi() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeaders("direct:get", null, Map.of(
                        "CamelSinchProvTemplateName", "no_such_template", "CamelSinchProvLanguageCode", "EN")));
        SinchProvisioningException error = assertInstanceOf(SinchProvisioningException.class, e.getCause());
        assertTrue(error.isNotFound(), error.getMessage());
        assertEquals(0, SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).size());
    }
}
