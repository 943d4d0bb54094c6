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
import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.catalog.SimilarNames;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookEndpoint;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every API parameter and every option of the receiver is an option of the scheme (Camel's tooling needs one option
 * list), but each operation takes only its own parameters and no receiver option: an option meant for another
 * endpoint is a mistake to report at endpoint creation.
 */
final class EndpointOptionsCheck {

    private EndpointOptionsCheck() {
    }

    /** The options of {@code sinch-prov:webhook} are refused, named. */
    static void rejectReceiverOptions(ApiOperation operation, Collection<String> optionNames) {
        List<String> misplaced = optionNames.stream()
                .filter(SinchProvisioningWebhookEndpoint.receiverOptions()::contains)
                .sorted()
                .toList();
        if (!misplaced.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + misplaced + " are options of sinch-prov:webhook, not of"
                    + " sinch-prov:" + operation.uriPath());
        }
    }

    static void rejectOptionsOfOtherOperations(ApiOperation operation, Collection<String> optionNames) {
        List<String> foreign = optionNames.stream()
                .filter(SinchProvisioningApiParameters.NAMES::contains)
                .filter(name -> operation.parameter(name).isEmpty())
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + foreign + " are not parameters of " + operation.uriPath()
                    + ". Its API parameter options are: " + validOptions(operation));
        }
    }

    /**
     * Checks the URI values of the operation's API parameters against the contract before they are bound: a typed
     * option (pageSize, deleteSubmitted) would otherwise fail in Camel's binding with a message that does not say
     * what is valid. Bean references ({@code #name}) are left to the binding, and checked with the bound values.
     */
    static void checkUriParameterValues(ApiOperation operation, Map<String, Object> parameters) {
        checkParameterValues(operation, p -> parameters.get(p.name()) instanceof String text && !text.startsWith("#")
                ? text : null);
    }

    /**
     * The endpoint's check of its API parameter values, both before binding (the URI's text) and after (values from
     * the component, bean references): each set value against the contract, throwing naming what is valid.
     *
     * @return the wire values of the set parameters, by parameter name
     */
    static Map<String, List<String>> checkParameterValues(ApiOperation operation,
                                                          Function<OperationParameter, Object> valueOf) {
        Map<String, List<String>> wire = new HashMap<>();
        for (OperationParameter p : operation.parameters()) {
            Object value = valueOf.apply(p);
            if (value != null) {
                wire.put(p.name(), List.copyOf(ParameterValidator.wireValues(operation, p, value)));
            }
        }
        return Map.copyOf(wire);
    }

    /** Options left over after binding are unknown: name them and every option the endpoint does take. */
    static void rejectUnknownOptions(ApiOperation operation, Collection<String> leftOver) {
        if (leftOver.isEmpty()) {
            return;
        }
        throw new IllegalArgumentException("Unknown option(s) " + new TreeSet<>(leftOver) + " for sinch-prov:"
                + operation.uriPath() + "." + SimilarNames.didYouMeanEach(leftOver, optionsOf(operation))
                + " Its API parameter options are: " + validOptions(operation)
                + "; its other options are: " + String.join(", ", otherOptions(operation)));
    }

    /**
     * Every option an endpoint of this operation takes (Camel's scheduler and error handler options included):
     * those of the generated URI factory, less the path parts, the API parameters of other operations, the
     * receiver's options and, but on an apply operation, the apply options.
     */
    private static Set<String> optionsOf(ApiOperation operation) {
        Set<String> names = new TreeSet<>(ENDPOINT_OPTIONS);
        names.removeIf(name -> SinchProvisioningApiParameters.NAMES.contains(name)
                && operation.parameter(name).isEmpty());
        names.removeAll(SinchProvisioningWebhookEndpoint.receiverOptions());
        if (!ApplyOperations.isApply(operation)) {
            names.removeAll(SinchProvisioningApplyConfiguration.optionNames());
        }
        return names;
    }

    /** Every option of the operation but its API parameters: the connection, consumer and Camel's own options. */
    private static Set<String> otherOptions(ApiOperation operation) {
        Set<String> names = optionsOf(operation);
        names.removeIf(name -> SinchProvisioningApiParameters.NAMES.contains(name)
                || operation.parameter(name).isPresent());
        return names;
    }

    private static final Set<String> ENDPOINT_OPTIONS = endpointOptions();

    private static Set<String> endpointOptions() {
        Set<String> names = new TreeSet<>(new SinchProvisioningEndpointUriFactory().propertyNames());
        names.remove("api");
        names.remove("operation");
        return names;
    }

    static String validOptions(ApiOperation operation) {
        TreeSet<String> names = new TreeSet<>();
        for (OperationParameter p : operation.parameters()) {
            names.add(p.name());
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
