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

import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import io.github.camelsinch.provisioning.client.ClientSettings;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningConsumerConfiguration;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default an option declares (its {@code @UriParam} or {@code @Metadata} defaultValue, which Camel's catalog,
 * the tooling and docs/reference.md show) is the value the option really starts with: its field's initial value.
 */
class OptionDefaultsTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();

    @AfterAll
    static void stop() {
        CONTEXT.stop();
    }

    @Test
    void everyDeclaredDefaultIsTheFieldsInitialValue() throws Exception {
        List<Object> options = List.of(new SinchProvisioningConfiguration(),
                new SinchProvisioningConsumerConfiguration(), new SinchProvisioningWebhookConfiguration(),
                new SinchProvisioningApplyConfiguration(), new SinchProvisioningApiParameters(),
                new SinchProvisioningComponent(), CONTEXT.getEndpoint("sinch-prov:webhook"));
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Object instance : options) {
            for (Field f : instance.getClass().getDeclaredFields()) {
                String declared = declaredDefault(f);
                if (declared != null) {
                    checked++;
                    disagreement(f, declared, instance).ifPresent(disagreements::add);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(checked >= 60, "options checked: " + checked);
    }

    @Test
    void aDefaultThatDisagreesWithItsFieldIsReported() throws Exception {
        Drifted drifted = new Drifted();
        List<String> found = new ArrayList<>();
        for (Field f : Drifted.class.getDeclaredFields()) {
            String declared = declaredDefault(f);
            if (declared != null) {
                disagreement(f, declared, drifted).ifPresent(found::add);
            }
        }
        assertEquals(List.of("Drifted.timeout: declares 5000, starts at 3000",
                "Drifted.undeclared: declares no default, starts at 7"), found);
    }

    @Test
    void theConfigurationsDefaultsAreTheClientsDefaults() {
        SinchProvisioningConfiguration c = new SinchProvisioningConfiguration();
        c.setKeyId("id");
        c.setKeySecret("secret");

        ClientSettings fromOptions = ClientSettingsFactory.create(c, CONTEXT);
        ClientSettings fromBuilder = ClientSettings.builder().keyId("id").keySecret("secret").build();

        assertEquals(fromBuilder.toString(), fromOptions.toString());
    }

    /** The defaultValue of an option field ("" when it declares none), or null for a field that is no option. */
    private static String declaredDefault(Field f) {
        if (f.getType().isAnnotationPresent(UriParams.class) || f.isAnnotationPresent(UriPath.class)) {
            return null; // a nested group of options, checked on its own, or a part of the URI's path
        }
        UriParam uriParam = f.getAnnotation(UriParam.class);
        if (uriParam != null) {
            return uriParam.defaultValue();
        }
        Metadata metadata = f.getAnnotation(Metadata.class);
        return metadata == null ? null : metadata.defaultValue();
    }

    private static Optional<String> disagreement(Field f, String declared,
                                                 Object instance) throws IllegalAccessException {
        f.setAccessible(true);
        Object initial = f.get(instance);
        String where = f.getDeclaringClass().getSimpleName() + "." + f.getName();
        if (declared.isEmpty()) {
            // No declared default means "unset": null, or Java's own false or 0 for a primitive.
            boolean unset = initial == null || Boolean.FALSE.equals(initial)
                    || (initial instanceof Number n && n.longValue() == 0);
            return unset ? Optional.empty()
                    : Optional.of(where + ": declares no default, starts at " + initial);
        }
        return declared.equals(String.valueOf(initial)) ? Optional.empty()
                : Optional.of(where + ": declares " + declared + ", starts at " + initial);
    }

    /** Options whose declared defaults drifted from their fields, so the check above is seen to fail. */
    static class Drifted {
        @UriParam(defaultValue = "5000")
        private long timeout = 3000;

        @UriParam(defaultValue = "true")
        private boolean agrees = true;

        @UriParam
        private int undeclared = 7;
    }
}
