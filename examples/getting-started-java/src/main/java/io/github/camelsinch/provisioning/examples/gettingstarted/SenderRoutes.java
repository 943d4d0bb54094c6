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
package io.github.camelsinch.provisioning.examples.gettingstarted;

import io.github.camelsinch.provisioning.SinchProvisioningException;
import org.apache.camel.builder.RouteBuilder;

/** Lists the project's WhatsApp senders once and logs each one's state. */
public class SenderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // ${exception.notFound} and ${body.senders} call getters: the simple language needs camel-bean for that.
        onException(SinchProvisioningException.class).onWhen(simple("${exception.notFound}"))
            .handled(true)
            .log("not found: ${exception.message}");

        from("timer:senders?repeatCount=1").routeId("list-senders")
            .to("sinch-prov:whatsapp-senders/list?fetchAllPages=true")
            .log("${body.senders.size()} sender(s)")
            .split(simple("${body.senders}"))
                .log("${body.id} is ${body.state}");
    }
}
