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
import org.apache.camel.builder.RouteBuilder;

/**
 * Camel's own share: the hand-written baseline called from a processor in a {@code direct:} route, so the calls
 * go through the same ProducerTemplate, exchange and route as the other two Camel variants. The difference
 * between this and the baseline is what any Camel route costs; between this and sinch-prov, what the component
 * costs. Used by {@link ProducerThroughput} only.
 */
public final class CamelRouteBaselineClient extends CamelRouteClient {

    private final BaselineClient baseline;

    public CamelRouteBaselineClient(BenchServer server) {
        this(new BaselineClient(server));
    }

    private CamelRouteBaselineClient(BaselineClient baseline) {
        super(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").process(e -> e.getMessage().setBody(baseline.getSender()));
                from("direct:list").process(e -> e.getMessage().setBody(baseline.listTemplates()));
                from("direct:compare").process(e -> e.getMessage().setBody(baseline.compareTemplates(
                        e.getMessage().getBody(WhatsappInputTemplateCompareDto.class))));
            }
        });
        this.baseline = baseline;
    }

    @Override
    public void close() {
        super.close();
        baseline.close();
    }
}
