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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.apply.ApplyOperations;
import io.github.camelsinch.provisioning.apply.ApplyProducer;
import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningStatusConsumer;
import io.github.camelsinch.provisioning.producer.SinchProvisioningProducer;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

import java.util.List;
import java.util.Map;

/**
 * {@code sinch-prov:<api>/<operation>}: one operation of the Provisioning API (or the component's own apply), as a
 * producer, or for the watchable operations a status-change consumer. The options of the webhook receiver and of
 * other operations are refused when it is created, naming the option and what the operation takes.
 */
public class SinchProvisioningApiEndpoint extends SinchProvisioningEndpoint {

    private final ApiOperation apiOperation;

    private Map<String, List<String>> checkedParameterValues = Map.of();

    public SinchProvisioningApiEndpoint(String uri, SinchProvisioningComponent component, ApiOperation apiOperation,
                                        SinchProvisioningConfiguration configuration) {
        super(uri, component, configuration);
        this.apiOperation = apiOperation;
        setApi(apiOperation.api());
        setOperation(apiOperation.name());
    }

    /**
     * Refuses, before binding, the options of the receiver, of the apply operations (on any other operation) and of
     * other operations, and checks the URI values of the API parameters against the contract; after binding, refuses
     * what is left over as unknown.
     */
    @Override
    public void configureProperties(Map<String, Object> options) {
        EndpointOptionsCheck.rejectReceiverOptions(apiOperation, options.keySet());
        if (!ApplyOperations.isApply(apiOperation)) {
            SinchProvisioningApplyConfiguration.rejectOnOtherEndpoints(apiOperation.uriPath(), options.keySet());
        }
        EndpointOptionsCheck.rejectOptionsOfOtherOperations(apiOperation, options.keySet());
        EndpointOptionsCheck.checkUriParameterValues(apiOperation, options);
        super.configureProperties(options);
        EndpointOptionsCheck.rejectUnknownOptions(apiOperation, options.keySet());
    }

    @Override
    protected void validate() {
        checkedParameterValues = EndpointOptionsCheck.checkParameterValues(apiOperation, this::parameterOption);
        super.validate();
    }

    /**
     * The wire values of this operation's parameter options, checked when the endpoint was created: the producer
     * starts every request from them instead of checking the same options again.
     */
    public Map<String, List<String>> checkedParameterValues() {
        return checkedParameterValues;
    }

    /** The bound value of the option of an API parameter: projectId is a configuration option, the rest are not. */
    private Object parameterOption(OperationParameter p) {
        return p.name().equals("projectId") ? getConfiguration().getProjectId() : getParameters().get(p.name());
    }

    @Override
    protected boolean callsApi() {
        return true;
    }

    @Override
    public Producer createProducer() {
        if (ApplyOperations.isApply(apiOperation)) {
            return new ApplyProducer(this);
        }
        return new SinchProvisioningProducer(this);
    }

    /** A status-change consumer: only the operations in {@code WatchedResources} can be watched. */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (ApplyOperations.isApply(apiOperation)) {
            throw new UnsupportedOperationException("sinch-prov:" + apiOperation.uriPath() + " is a producer"
                    + " (to) only: it applies the desired state in the message body");
        }
        SinchProvisioningStatusConsumer consumer = new SinchProvisioningStatusConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public ApiOperation getApiOperation() {
        return apiOperation;
    }
}
