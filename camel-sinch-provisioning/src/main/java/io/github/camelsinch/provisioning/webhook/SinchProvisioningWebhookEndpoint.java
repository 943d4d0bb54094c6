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

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

import java.util.Map;
import java.util.Set;

/**
 * {@code from("sinch-prov:webhook")}: the receiver of the Provisioning API's signed callbacks, a consumer only and
 * without an operation. It calls the API only to register itself ({@code autoRegister}), so only then does it need a
 * key. The options of the operations and of the polling consumer are refused when it is created, naming the option
 * and the receiver's own.
 */
public class SinchProvisioningWebhookEndpoint extends SinchProvisioningEndpoint {

    /** The api part of the receiver's URI, {@code sinch-prov:webhook}; it takes no operation. */
    public static final String API = "webhook";

    public SinchProvisioningWebhookEndpoint(String uri, SinchProvisioningComponent component,
                                            SinchProvisioningConfiguration configuration) {
        super(uri, component, configuration);
        setApi(API);
    }

    /** True for the URI remainder of the receiver. */
    public static boolean isReceiver(String remaining) {
        return remaining != null && API.equals(remaining.trim());
    }

    /** The receiver's own options, refused on every other endpoint. */
    public static Set<String> receiverOptions() {
        return WebhookEndpointOptions.optionNames();
    }

    /**
     * Refuses, before binding, the options of the operations, of the polling consumer and of the apply operations;
     * after binding, refuses what is left over as unknown.
     */
    @Override
    public void configureProperties(Map<String, Object> options) {
        WebhookEndpointOptions.rejectNonWebhookOptions(options.keySet());
        SinchProvisioningApplyConfiguration.rejectOnOtherEndpoints(API, options.keySet());
        super.configureProperties(options);
        WebhookEndpointOptions.rejectUnknownOptions(options.keySet());
    }

    /** Only with autoRegister: a plain receiver makes no call and needs no key. */
    @Override
    protected boolean callsApi() {
        return getWebhookConfiguration().isAutoRegister();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("sinch-prov:webhook only receives callbacks (from); to manage"
                + " webhooks call sinch-prov:webhooks/<operation>");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SinchProvisioningWebhookConsumer receiver = new SinchProvisioningWebhookConsumer(this, processor);
        configureConsumer(receiver);
        return receiver;
    }
}
