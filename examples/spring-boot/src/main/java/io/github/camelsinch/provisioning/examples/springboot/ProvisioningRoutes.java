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
package io.github.camelsinch.provisioning.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The example's routes: a producer that lists WhatsApp senders and a consumer of template status changes. */
@Component
public class ProvisioningRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // Producer: every WhatsApp sender of the project (all pages), as a WhatsappSenderListDto.
        from("direct:list-senders").routeId("list-senders")
            .to("sinch-prov:whatsapp-senders/list?fetchAllPages=true")
            .log("The project has ${header.CamelSinchProvTotalSize} WhatsApp sender(s)");

        from("timer:list-senders-on-start?repeatCount=1").routeId("list-senders-on-start")
            .autoStartup("{{example.list-senders-on-start}}")
            .to("direct:list-senders")
            .split(simple("${body.senders}"))
                .log("  sender ${body.id}: ${body.state}");

        // Consumer: one exchange per status change of a WhatsApp template (ADDED, CHANGED, REMOVED).
        from("sinch-prov:whatsapp-templates/list?delay={{example.template-poll-delay}}&initialEmit=true")
            .routeId("template-status")
            .log("template ${header.CamelSinchProvResourceId} ${header.CamelSinchProvChangeType}:"
                 + " ${header.CamelSinchProvStatusSummary}")
            .bean("templateStatusBoard", "record");
    }
}
