package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The component: one route per call, {@code direct:} to a {@code sinch-prov:} endpoint, nothing else. */
public final class SinchProvClient implements ProducerClient {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint get;
    private final Endpoint list;
    private final Endpoint compare;

    public SinchProvClient(BenchServer server) {
        context = new DefaultCamelContext();
        context.addComponent("sinch-prov", component(server, BenchServer.PROJECT));
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get").to("sinch-prov:whatsapp-senders/get?senderId=" + server.senderId());
                    from("direct:list").to("sinch-prov:whatsapp-templates/list?pageSize=" + BenchServer.PAGE_SIZE);
                    from("direct:compare").to("sinch-prov:whatsapp-templates/compare?templateName="
                            + BenchServer.firstTemplate() + "&languageCode=EN");
                }
            });
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the sinch-prov routes", e);
        }
        template = context.createProducerTemplate();
        get = context.getEndpoint("direct:get");
        list = context.getEndpoint("direct:list");
        compare = context.getEndpoint("direct:compare");
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
