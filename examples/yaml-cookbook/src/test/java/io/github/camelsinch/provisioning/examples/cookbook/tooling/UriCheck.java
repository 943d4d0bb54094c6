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
package io.github.camelsinch.provisioning.examples.cookbook.tooling;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Producer;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code sinch-prov:} URIs twice: with Camel's catalog (what IDEs, Kaoto and {@code camel validate} see: the
 * component JSON) and by creating them in a CamelContext with the real component (which also checks the options of
 * each operation and their values against the contract). Placeholders are replaced by sample values per option first.
 */
final class UriCheck implements AutoCloseable {

    /** Sample values for {@code {{placeholders}}}, by the option they are the value of. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("projectId", "sample-project"),
            Map.entry("keyId", "sample-key-id"),
            Map.entry("keySecret", "sample-key-secret"),
            Map.entry("baseUrl", "http://127.0.0.1:8099"),
            Map.entry("authUrl", "http://127.0.0.1:8099/oauth2/token"),
            Map.entry("delay", "60000"),
            Map.entry("conversationAppId", "01HSAMPLEAPP1,01HSAMPLEAPP2"),
            Map.entry("plusFriendId", "@sample"),
            Map.entry("senderId", "sample-sender"),
            Map.entry("templateName", "sample_template"),
            Map.entry("languageCode", "EN"),
            Map.entry("webhookId", "01HSAMPLEWEBHOOK"),
            Map.entry("webhookSecret", "sample-webhook-secret"),
            Map.entry("previousWebhookSecret", "sample-old-webhook-secret"),
            Map.entry("webhookUrl", "https://hooks.example.com/sinch"),
            Map.entry("filterStates", "APPROVED"),
            Map.entry("initialEmit", "true"));

    /** The beans that {@code #name} references in URIs may name, by option. */
    private static final Map<String, Class<?>> BEAN_TYPES = Map.of("stateRepository", MemoryStateRepository.class);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

    private final CamelCatalog catalog = new DefaultCamelCatalog();
    private final CamelContext context = new DefaultCamelContext();

    /** A catalog that knows sinch-prov, and a context whose component calls {@code baseUrl}/{@code authUrl}. */
    UriCheck(String baseUrl, String authUrl, String keyId, String keySecret) {
        catalog.addComponent("sinch-prov", SinchProvisioningComponent.class.getName());
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        component.getConfiguration().setProjectId("uri-check-project");
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAuthUrl(authUrl);
        component.getConfiguration().setKeyId(keyId);
        component.getConfiguration().setKeySecret(keySecret);
        context.addComponent("sinch-prov", component);
        context.start();
    }

    /** The URI with every placeholder replaced by the sample of its option; throws naming a missing sample. */
    static String withSamples(String uri) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        if (PLACEHOLDER.matcher(path).find()) {
            throw new IllegalArgumentException("a placeholder in the path of " + uri + ": give the check a sample");
        }
        if (q < 0) {
            return uri;
        }
        List<String> options = new ArrayList<>();
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (PLACEHOLDER.matcher(value).find()) {
                String sample = SAMPLES.get(name);
                if (sample == null) {
                    throw new IllegalArgumentException("no sample value for the placeholder of option " + name + " in "
                            + uri + ": add one to UriCheck.SAMPLES");
                }
                value = PLACEHOLDER.matcher(value).replaceAll(Matcher.quoteReplacement(sample));
            }
            options.add(name + "=" + value);
        }
        return path + "?" + String.join("&", options);
    }

    /** What is wrong with the URI, or null. */
    String problem(FoundUri found) {
        String uri;
        try {
            uri = withSamples(found.uri());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String catalogProblem = catalogProblem(uri, found.role());
        if (catalogProblem != null) {
            return "catalog: " + catalogProblem;
        }
        String componentProblem = componentProblem(uri, found.role());
        return componentProblem == null ? null : "component: " + componentProblem;
    }

    String catalogProblem(String uri, FoundUri.Role role) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri, false,
                role == FoundUri.Role.CONSUMER, role == FoundUri.Role.PRODUCER);
        return result.isSuccess() ? null : result.summaryErrorMessage(false).trim().replaceAll("\\s+", " ");
    }

    String componentProblem(String uri, FoundUri.Role role) {
        bindReferencedBeans(uri);
        try {
            Endpoint endpoint = context.getEndpoint(uri);
            if (role == FoundUri.Role.CONSUMER) {
                Consumer consumer = endpoint.createConsumer(exchange -> {});
                consumer.close();
            } else if (role == FoundUri.Role.PRODUCER) {
                Producer producer = endpoint.createProducer();
                producer.close();
            }
            return null;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } finally {
            // The next URI gets a fresh endpoint, not this one from the registry.
            context.getEndpointRegistry().clear();
        }
    }

    private void bindReferencedBeans(String uri) {
        Matcher m = Pattern.compile("[?&]([A-Za-z]+)=#(?:bean:)?([A-Za-z0-9_.-]+)").matcher(uri);
        while (m.find()) {
            Class<?> type = BEAN_TYPES.get(m.group(1));
            if (type != null && context.getRegistry().lookupByName(m.group(2)) == null) {
                try {
                    context.getRegistry().bind(m.group(2), type.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    CamelCatalog catalog() {
        return catalog;
    }

    /** Problems of every URI, by location; empty when all pass. */
    Map<String, String> problems(List<FoundUri> uris) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FoundUri found : uris) {
            String problem = problem(found);
            if (problem != null) {
                problems.put(found.toString(), problem);
            }
        }
        return problems;
    }

    @Override
    public void close() {
        context.stop();
    }
}
