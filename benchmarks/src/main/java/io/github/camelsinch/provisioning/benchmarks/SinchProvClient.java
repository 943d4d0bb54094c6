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

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The component: one route per call, {@code direct:} to a {@code sinch-prov:} endpoint, nothing else. */
public final class SinchProvClient extends CamelRouteClient {

    public SinchProvClient(BenchServer server) {
        super(contextWith(component(server, BenchServer.PROJECT)), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("sinch-prov:whatsapp-senders/get?senderId=" + server.senderId());
                from("direct:list").to("sinch-prov:whatsapp-templates/list?pageSize=" + BenchServer.PAGE_SIZE);
                from("direct:compare").to("sinch-prov:whatsapp-templates/compare?templateName="
                        + BenchServer.firstTemplate() + "&languageCode=EN");
            }
        });
    }

    private static CamelContext contextWith(SinchProvisioningComponent component) {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("sinch-prov", component);
        return context;
    }

    /** The component configured for the simulator, as an application sets it up once. */
    static SinchProvisioningComponent component(BenchServer server, String project) {
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        component.getConfiguration().setProjectId(project);
        component.getConfiguration().setKeyId(server.keyId());
        component.getConfiguration().setKeySecret(server.keySecret());
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setAuthUrl(server.tokenUrl());
        return component;
    }
}
