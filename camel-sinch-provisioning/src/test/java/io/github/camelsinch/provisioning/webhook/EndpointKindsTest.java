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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningApiEndpoint;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheme has two endpoint kinds: sinch-prov:webhook is the receiver's class, every api/operation the API class,
 * and each refuses the other's options when it is created, naming them.
 */
class EndpointKindsTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        SinchProvisioningConfiguration configuration =
                context.getComponent("sinch-prov", SinchProvisioningComponent.class).getConfiguration();
        configuration.setProjectId("kinds-project");
        configuration.setKeyId("kinds-key"); // the operations need a key; a receiver without autoRegister does not
        configuration.setKeySecret("kinds-secret");
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theComponentCreatesTheReceiverForWebhookAndTheApiEndpointOtherwise() {
        Endpoint receiver = context.getEndpoint("sinch-prov:webhook?webhookSecret=s&stateKey=k&projectId=p");
        SinchProvisioningWebhookEndpoint hook = assertInstanceOf(SinchProvisioningWebhookEndpoint.class, receiver);
        assertEquals("webhook", hook.getApi());
        assertEquals("k", hook.getConsumerConfiguration().getStateKey());
        assertEquals("p", hook.getConfiguration().getProjectId());
        assertEquals("s", hook.getWebhookConfiguration().getWebhookSecret());

        for (String uri : new String[] {"sinch-prov:webhooks/list", "sinch-prov:whatsapp-templates/apply"}) {
            Endpoint endpoint = context.getEndpoint(uri);
            assertInstanceOf(SinchProvisioningApiEndpoint.class, endpoint, uri);
            assertFalse(endpoint instanceof SinchProvisioningWebhookEndpoint, uri);
        }
        // Both are the scheme's one @UriEndpoint class, which Camel's tooling and the generated configurer know.
        assertInstanceOf(SinchProvisioningEndpoint.class, receiver);
    }

    @Test
    void theReceiverRefusesAProducerNamingWhatToCallInstead() {
        Endpoint receiver = context.getEndpoint("sinch-prov:webhook?webhookSecret=s");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                receiver::createProducer);
        assertTrue(e.getMessage().contains("only receives callbacks"), e.getMessage());
        assertTrue(e.getMessage().contains("sinch-prov:webhooks/<operation>"), e.getMessage());
    }

    @Test
    void anApiOrApplyOptionOnTheReceiverIsRefusedNamingIt() {
        assertRefused("sinch-prov:webhook?webhookSecret=s&templateName=t", "[templateName]", "do not apply",
                "sinch-prov:webhook", "webhookSecret");
        assertRefused("sinch-prov:webhook?webhookSecret=s&maxMessagesPerPoll=3", "[maxMessagesPerPoll]",
                "do not apply");
        assertRefused("sinch-prov:webhook?webhookSecret=s&dryRun=true", "[dryRun]", "apply operations",
                "not to sinch-prov:webhook");
    }

    @Test
    void aReceiverOptionOnAnApiEndpointIsRefusedNamingIt() {
        assertRefused("sinch-prov:webhooks/list?path=/events", "[path]", "options of sinch-prov:webhook",
                "sinch-prov:webhooks/list");
        assertRefused("sinch-prov:whatsapp-templates/apply?previousWebhookSecret=x&nonceCacheSize=5",
                "[nonceCacheSize, previousWebhookSecret]", "whatsapp-templates/apply");
    }

    @Test
    void anUnknownOptionNamesWhatEachKindTakes() {
        String receiver = assertRefused("sinch-prov:webhook?webhookSecret=s&pth=/x", "Unknown option(s) [pth]",
                "For pth did you mean path?", "autoRegister", "unregisterOnStop");
        assertFalse(receiver.contains("pageSize"), receiver);

        String api = assertRefused("sinch-prov:webhooks/list?webhookSecrt=x", "Unknown option(s) [webhookSecrt]",
                "pageSize", "keySecret", "fetchAllPages", "stateKey");
        // The receiver's and the apply operations' options are not what a listing takes.
        assertFalse(api.contains("webhookSecret,") || api.contains("nonceCacheSize") || api.contains("dryRun"), api);
    }

    @Test
    void theOptionGroupsAreTheirClassesOptions() {
        assertEquals(uriParamFields(SinchProvisioningWebhookConfiguration.class),
                SinchProvisioningWebhookEndpoint.receiverOptions());
        assertEquals(uriParamFields(SinchProvisioningApplyConfiguration.class),
                SinchProvisioningApplyConfiguration.optionNames());
    }

    private static Set<String> uriParamFields(Class<?> group) {
        return Arrays.stream(group.getDeclaredFields()).filter(f -> f.isAnnotationPresent(UriParam.class))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private String assertRefused(String uri, String... fragments) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing: " + e.getMessage());
        }
        return e.getMessage();
    }
}
