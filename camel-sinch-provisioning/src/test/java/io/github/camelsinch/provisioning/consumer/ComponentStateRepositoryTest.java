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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component's stateRepository is the default of every consumer and receiver: one property (Spring Boot,
 * camel-main, Quarkus) sets the store of all of them; a consumer's own stateRepository still wins.
 */
class ComponentStateRepositoryTest extends StatusConsumerTestSupport {

    private final SharedMapStateRepository componentState = new SharedMapStateRepository();

    @Override
    protected void configure(SinchProvisioningComponent component) {
        component.setStateRepository(componentState);
    }

    @Test
    void aConsumerWithoutItsOwnRepositoryKeepsItsStateInTheComponentsRepository() throws Exception {
        FakeListing.serve(server, SENDERS_PATH, "senders").put("A", sender("A", "IN_PROGRESS", "t1"));
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");

        poll();

        assertTrue(componentState.hasKeyEndingWith(":index"), "the baseline is stored in the component's repository");
    }

    @Test
    void aConsumersOwnRepositoryOverridesTheComponentsOne() throws Exception {
        FakeListing.serve(server, SENDERS_PATH, "senders").put("A", sender("A", "IN_PROGRESS", "t1"));
        SharedMapStateRepository own = new SharedMapStateRepository();
        context.getRegistry().bind("ownState", own);
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&stateRepository=#ownState");

        poll();

        assertTrue(own.hasKeyEndingWith(":index"), "stored in the consumer's own repository");
        assertFalse(componentState.hasKeyEndingWith(":index"), "not in the component's");
    }

    @Test
    void theWebhookReceiverDefaultsToTheComponentsRepositoryToo() {
        SinchProvisioningEndpoint receiver = context.getEndpoint("sinch-prov:webhook?webhookSecret=s3cr3t-0123456789",
                SinchProvisioningEndpoint.class);
        assertSame(componentState, receiver.getConsumerConfiguration().getStateRepository());

        MemoryStateRepository own = new MemoryStateRepository();
        context.getRegistry().bind("receiverState", own);
        SinchProvisioningEndpoint overridden = context.getEndpoint(
                "sinch-prov:webhook?webhookSecret=s3cr3t-0123456789&stateRepository=#receiverState",
                SinchProvisioningEndpoint.class);
        assertSame(own, overridden.getConsumerConfiguration().getStateRepository());
    }

    @Test
    void theGeneratedConfigurerSetsTheComponentOptionFromABeanReference() {
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        context.getRegistry().bind("namedState", componentState);
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("sinch-prov-component", context);

        // as camel-main and the Spring Boot starter set camel.component.sinch-prov.stateRepository=#bean:namedState
        assertTrue(configurer.configure(context, component, "stateRepository",
                context.getRegistry().lookupByName("namedState"), false));
        assertSame(componentState, component.getStateRepository());
    }
}
