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
package io.github.camelsinch.provisioning.resilience;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a secret written in an endpoint URI shows over JMX (camel-management), as resilience.md's "Secrets" section
 * documents it; if Camel starts masking route dumps, this test fails and the section must change with it.
 * <ul>
 *   <li>Attributes are sanitized (endpoint MBeans, a route's EndpointUri, a {@code to}'s label), except the label
 *       of a {@code toD}.</li>
 *   <li>The route dumps print the route model as written: {@code keySecret=...} and {@code webhookSecret=...} in a
 *       URI are in them; a {@code {{placeholder}}} stays one unless the dump is asked to resolve placeholders.</li>
 *   <li>A key secret set on the component is in none of them.</li>
 * </ul>
 */
class RouteDumpSecretsTest extends CamelTestSupport {

    private static final String URI_SECRET = "uri-key-secret-7Hq2";
    private static final String HOOK_SECRET = "uri-webhook-secret-3Kd9";
    private static final String DYNAMIC_SECRET = "todynamic-key-secret-8Pw1";
    private static final String PLACEHOLDER_SECRET = "placeholder-key-secret-5Zr4";
    private static final String COMPONENT_SECRET = "component-key-secret-2Mv6";

    private MBeanServer jmx;

    /** The MBeans are under test: CamelTestSupport turns JMX off unless asked. */
    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        component.getConfiguration().setProjectId("dump-project");
        component.getConfiguration().setKeyId("component-key");
        component.getConfiguration().setKeySecret(COMPONENT_SECRET);
        camel.addComponent("sinch-prov", component);
        camel.getPropertiesComponent().addInitialProperty("sinch.keySecret", PLACEHOLDER_SECRET);
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component").routeId("component-credentials").to("sinch-prov:webhooks/list");
                from("direct:uri").routeId("uri-secret")
                        .to("sinch-prov:webhooks/list?keyId=k&keySecret=" + URI_SECRET);
                from("direct:placeholder").routeId("placeholder")
                        .to("sinch-prov:webhooks/list?keyId=k&keySecret={{sinch.keySecret}}");
                from("direct:dynamic").routeId("dynamic")
                        .toD("sinch-prov:webhooks/list?keyId=k&keySecret=" + DYNAMIC_SECRET + "&pageSize=${header.n}");
                // Not started (no HTTP server here); its route and endpoint MBeans exist all the same.
                from("sinch-prov:webhook?webhookSecret=" + HOOK_SECRET).routeId("receiver").autoStartup(false)
                        .to("log:events");
            }
        };
    }

    @BeforeEach
    void jmx() {
        jmx = context.getManagementStrategy().getManagementAgent().getMBeanServer();
    }

    @Test
    void attributesAreSanitizedExceptTheLabelOfAToD() throws Exception {
        List<String> leaks = new ArrayList<>();
        boolean sawMaskedEndpoint = false;
        for (ObjectName name : contextMBeans()) {
            for (MBeanAttributeInfo attribute : jmx.getMBeanInfo(name).getAttributes()) {
                String value;
                try {
                    value = String.valueOf(jmx.getAttribute(name, attribute.getName()));
                } catch (Exception notReadable) {
                    continue; // some attributes need a started route or service
                }
                sawMaskedEndpoint |= value.contains("keySecret=xxxxxx") || value.contains("webhookSecret=xxxxxx");
                for (String secret : List.of(URI_SECRET, HOOK_SECRET, DYNAMIC_SECRET, PLACEHOLDER_SECRET,
                        COMPONENT_SECRET)) {
                    if (value.contains(secret)) {
                        leaks.add(name.getKeyProperty("type") + "/" + name.getKeyProperty("name") + " "
                                + attribute.getName() + " " + secret);
                    }
                }
            }
        }

        assertTrue(sawMaskedEndpoint, "the URIs are there, masked");
        assertEquals(List.of("processors/\"toD1\" ModelLabel " + DYNAMIC_SECRET), leaks,
                "only the toD label shows its URI as written (documented)");
        assertEquals("sinch-prov://webhook?webhookSecret=xxxxxx",
                jmx.getAttribute(routeMBean("receiver"), "EndpointUri"));
    }

    @Test
    void routeDumpsPrintUrisAsWritten() throws Exception {
        ObjectName camel = new ObjectName("org.apache.camel:context=" + context.getManagementName()
                + ",type=context,name=\"" + context.getName() + "\"");
        String xml = (String) jmx.invoke(camel, "dumpRoutesAsXml", new Object[0], new String[0]);
        String resolved = (String) jmx.invoke(camel, "dumpRoutesAsXml", new Object[] {true},
                new String[] {"boolean"});
        String route = (String) jmx.invoke(routeMBean("uri-secret"), "dumpRouteAsXml", new Object[0], new String[0]);

        assertTrue(xml.contains("keySecret=" + URI_SECRET), xml);
        assertTrue(xml.contains("webhookSecret=" + HOOK_SECRET), xml);
        assertTrue(xml.contains("keySecret=" + DYNAMIC_SECRET), xml);
        assertTrue(route.contains("keySecret=" + URI_SECRET), route);
        assertTrue(xml.contains("keySecret={{sinch.keySecret}}"), "a placeholder stays one: " + xml);
        assertFalse(xml.contains(PLACEHOLDER_SECRET), xml);
        assertTrue(resolved.contains("keySecret=" + PLACEHOLDER_SECRET), "unless resolved on request: " + resolved);
    }

    @Test
    void aKeySecretSetOnTheComponentIsInNoDump() throws Exception {
        List<String> dumps = new ArrayList<>();
        for (ObjectName name : contextMBeans()) {
            for (MBeanOperationInfo operation : jmx.getMBeanInfo(name).getOperations()) {
                if (!operation.getName().startsWith("dump")) {
                    continue;
                }
                for (Object[] arguments : booleanArguments(operation.getSignature())) {
                    try {
                        dumps.add(String.valueOf(jmx.invoke(name, operation.getName(), arguments,
                                signature(operation.getSignature()))));
                    } catch (Exception unavailable) {
                        // e.g. the YAML dumps: camel-yaml-io is not on this classpath
                    }
                }
            }
        }

        assertTrue(dumps.stream().anyMatch(d -> d.contains("uri=\"sinch-prov:webhooks/list\"")), "dumps were read");
        assertTrue(dumps.stream().noneMatch(d -> d.contains(COMPONENT_SECRET)));
    }

    private Set<ObjectName> contextMBeans() throws Exception {
        return new TreeSet<>(jmx.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                + ",*"), null));
    }

    private ObjectName routeMBean(String routeId) throws Exception {
        return new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",type=routes,name=\""
                + routeId + "\"");
    }

    /** Every combination of true/false for operations whose parameters are all boolean; none for the others. */
    private static List<Object[]> booleanArguments(MBeanParameterInfo[] parameters) {
        List<Object[]> all = new ArrayList<>();
        for (MBeanParameterInfo p : parameters) {
            if (!p.getType().equals("boolean")) {
                return all;
            }
        }
        for (int bits = 0; bits < (1 << parameters.length); bits++) {
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = ((bits >> i) & 1) == 1;
            }
            all.add(arguments);
        }
        return all;
    }

    private static String[] signature(MBeanParameterInfo[] parameters) {
        String[] types = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            types[i] = parameters[i].getType();
        }
        return types;
    }
}
