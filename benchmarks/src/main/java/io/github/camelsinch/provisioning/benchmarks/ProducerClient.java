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
