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
