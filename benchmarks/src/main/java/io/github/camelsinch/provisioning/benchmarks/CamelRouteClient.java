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
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A variant whose three calls are Camel routes {@code direct:get}, {@code direct:list} and {@code direct:compare},
 * called through one {@link ProducerTemplate}, as an application sends to its routes. Only the routes differ
 * between the Camel variants, so each costs the same Camel machinery around its own work.
 */
abstract class CamelRouteClient implements ProducerClient {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint get;
    private final Endpoint list;
    private final Endpoint compare;

    /** @param context a context with the components the routes need, not started */
    CamelRouteClient(CamelContext context, RoutesBuilder routes) {
        this.context = context;
        try {
            context.addRoutes(routes);
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the routes of " + getClass().getSimpleName(), e);
        }
        template = context.createProducerTemplate();
        get = context.getEndpoint("direct:get");
        list = context.getEndpoint("direct:list");
        compare = context.getEndpoint("direct:compare");
    }

    CamelRouteClient(RoutesBuilder routes) {
        this(new DefaultCamelContext(), routes);
    }

    @Override
    public WhatsappSenderDto getSender() {
        return template.requestBody(get, null, WhatsappSenderDto.class);
    }

    @Override
    public WhatsappTemplateListDto listTemplates() {
        return template.requestBody(list, null, WhatsappTemplateListDto.class);
    }

    @Override
    public WhatsappTemplateCompareDto compareTemplates(WhatsappInputTemplateCompareDto body) {
        return template.requestBody(compare, body, WhatsappTemplateCompareDto.class);
    }

    @Override
    public void close() {
        context.stop();
    }
}
