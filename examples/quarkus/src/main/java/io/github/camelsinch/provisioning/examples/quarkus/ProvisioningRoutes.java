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
package io.github.camelsinch.provisioning.examples.quarkus;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/** A producer that lists WhatsApp senders and a consumer of WhatsApp template status changes. */
@ApplicationScoped
public class ProvisioningRoutes extends RouteBuilder {

    @Inject
    TemplateStatusBoard board;

    @Override
    public void configure() {
        // Producer: every WhatsApp sender of the project (all pages), as a WhatsappSenderListDto.
        from("direct:list-senders").routeId("list-senders")
            .to("sinch-prov:whatsapp-senders/list?fetchAllPages=true")
            .log("The project has ${header.CamelSinchProvTotalSize} WhatsApp sender(s)");

        // Consumer: one exchange per status change of a WhatsApp template (ADDED, CHANGED, REMOVED).
        from("sinch-prov:whatsapp-templates/list?delay={{example.template-poll-delay}}&initialEmit=true")
            .routeId("template-status")
            .log("template ${header.CamelSinchProvResourceId} ${header.CamelSinchProvChangeType}:"
                 + " ${header.CamelSinchProvStatusSummary}")
            .process(exchange -> {
                Message in = exchange.getMessage();
                board.record(in.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class),
                        in.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class),
                        in.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class),
                        in.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class));
            });
    }
}
