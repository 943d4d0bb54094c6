package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Camel's own share: the hand-written baseline called from a processor in a {@code direct:} route, so the calls
 * go through the same ProducerTemplate, exchange and route as the other two Camel variants. The difference
 * between this and the baseline is what any Camel route costs; between this and sinch-prov, what the component
 * costs. Used by {@link CallCpu} only.
 */
public final class CamelRouteBaselineClient implements ProducerClient {

    private final BaselineClient baseline;
    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint get;
    private final Endpoint list;
    private final Endpoint compare;

    public CamelRouteBaselineClient(BenchServer server) {
        baseline = new BaselineClient(server);
        context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get").process(e -> e.getMessage().setBody(baseline.getSender()));
                    from("direct:list").process(e -> e.getMessage().setBody(baseline.listTemplates()));
                    from("direct:compare").process(e -> e.getMessage().setBody(baseline.compareTemplates(
                            e.getMessage().getBody(WhatsappInputTemplateCompareDto.class))));
                }
            });
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the routes", e);
        }
        template = context.createProducerTemplate();
        get = context.getEndpoint("direct:get");
        list = context.getEndpoint("direct:list");
        compare = context.getEndpoint("direct:compare");
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
        baseline.close();
    }
}
