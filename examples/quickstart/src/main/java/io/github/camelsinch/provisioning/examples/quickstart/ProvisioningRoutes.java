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
package io.github.camelsinch.provisioning.examples.quickstart;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The quickstart flow in the Java DSL ({@code routes/quickstart.camel.yaml} is the same flow in YAML): register a
 * webhook, create a WhatsApp sender and a template, list them, then follow their status changes to the end; a
 * sender that asks for phone verification is registered and verified on the way.
 */
public class ProvisioningRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class).handled(true).bean("progress", "failed");

        from("direct:provision").routeId("provision")
            .filter().method("progress", "registersWebhook")
                .bean("progress", "step('1/4 registering a webhook for all provisioning events')")
                .bean("requests", "webhook")
                .to("sinch-prov:webhooks/create")
                .bean("progress", "webhookCreated")
            .end()
            .bean("progress", "step('2/4 creating a WhatsApp sender')")
            .bean("requests", "sender")
            .to("sinch-prov:whatsapp-senders/create")
            .bean("progress", "senderCreated")
            .bean("progress", "step('3/4 creating a WhatsApp template')")
            .bean("requests", "template")
            .to("sinch-prov:whatsapp-templates/create")
            .bean("progress", "templateCreated")
            .to("direct:list");

        from("direct:list").routeId("list")
            .bean("progress", "step('4/4 listing what the project has')")
            .to("sinch-prov:whatsapp-senders/list?fetchAllPages=true")
            .bean("progress", "listed")
            .to("sinch-prov:whatsapp-templates/list?fetchAllPages=true")
            .bean("progress", "listed")
            .bean("progress", "step('   following the status changes until both are final')");

        from("sinch-prov:whatsapp-senders/list?delay={{quickstart.pollDelay}}&initialEmit=true").routeId("watch-senders")
            .bean("progress", "statusChanged")
            .filter().method("progress", "needsVerification")
                .bean("progress", "step('   the sender needs its phone number verified: registering, then verifying the code')")
                .setHeader(SinchProvisioningConstants.SENDER_ID, header(SinchProvisioningConstants.RESOURCE_ID))
                .bean("requests", "registration")
                .to("sinch-prov:whatsapp-senders/register")
                .bean("requests", "verification")
                .to("sinch-prov:whatsapp-senders/verify");

        from("sinch-prov:whatsapp-templates/list?delay={{quickstart.pollDelay}}&initialEmit=true").routeId("watch-templates")
            .bean("progress", "statusChanged");
    }
}
