package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;

/** The three calls of the producer benchmark, made the same way by each variant. */
public interface ProducerClient extends AutoCloseable {

    /** {@code whatsapp-senders/get}: a small GET (about 1 KB of JSON). */
    WhatsappSenderDto getSender();

    /** {@code whatsapp-templates/list?pageSize=100}: one page of 100 templates. */
    WhatsappTemplateListDto listTemplates();

    /** {@code whatsapp-templates/compare}: a POST with a JSON body, which creates nothing on the server. */
    WhatsappTemplateCompareDto compareTemplates(WhatsappInputTemplateCompareDto body);

    @Override
    void close();
}
