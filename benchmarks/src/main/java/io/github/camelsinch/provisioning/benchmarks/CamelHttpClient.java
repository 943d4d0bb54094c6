package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A plain Camel route per call: {@code http:} (camel-http) with the bearer token fetched once and set as a header,
 * and camel-jackson to marshal the body and unmarshal the response into the same model.
 */
public final class CamelHttpClient implements ProducerClient {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint get;
    private final Endpoint list;
    private final Endpoint compare;

    public CamelHttpClient(BenchServer server) {
        String bearer;
        try (BaselineClient tokenOnly = new BaselineClient(server)) {
            bearer = tokenOnly.authorization();
        }
        String project = server.baseUrl() + "/v1/projects/" + BenchServer.PROJECT;
        String senderUrl = project + "/whatsapp/senders/" + server.senderId();
        String listUrl = project + "/whatsapp/templates?pageSize=" + BenchServer.PAGE_SIZE;
        String compareUrl = project + "/whatsapp/templates/" + BenchServer.firstTemplate() + "/languages/EN/compare";
        context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get")
                            .setHeader("Authorization", constant(bearer))
                            .setHeader("Accept", constant("application/json"))
                            .to(senderUrl)
                            .unmarshal(json(WhatsappSenderDto.class));
                    from("direct:list")
                            .setHeader("Authorization", constant(bearer))
                            .setHeader("Accept", constant("application/json"))
                            .to(listUrl)
                            .unmarshal(json(WhatsappTemplateListDto.class));
                    from("direct:compare")
                            .marshal(json(WhatsappInputTemplateCompareDto.class))
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .setHeader("Authorization", constant(bearer))
                            .setHeader("Accept", constant("application/json"))
                            .to(compareUrl)
                            .unmarshal(json(WhatsappTemplateCompareDto.class));
                }
            });
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the camel-http routes", e);
        }
        template = context.createProducerTemplate();
        get = context.getEndpoint("direct:get");
        list = context.getEndpoint("direct:list");
        compare = context.getEndpoint("direct:compare");
    }

    static JacksonDataFormat json(Class<?> type) {
        JacksonDataFormat format = new JacksonDataFormat(type);
        format.setDisableFeatures("FAIL_ON_UNKNOWN_PROPERTIES");
        format.setInclude("NON_NULL");
        return format;
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
