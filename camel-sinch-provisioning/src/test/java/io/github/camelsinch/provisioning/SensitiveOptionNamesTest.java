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

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * camel-main prints every component property it applies, masking only the names Camel deems sensitive: the
 * component's secret options must be among them once it is part of a context.
 */
class SensitiveOptionNamesTest {

    @Test
    void secretOptionNamesBecomeSensitiveWhenTheComponentJoinsAContext() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().setAdditionalSensitiveKeywords("mytoken");
            assertFalse(CamelContextHelper.containsSensitive(context, "keySecret"), "precondition");

            context.addComponent("sinch-prov", new SinchProvisioningComponent());

            for (String name : new String[] {"keySecret", "webhookSecret", "previousWebhookSecret",
                "camel.component.sinch-prov.keySecret", "camel.component.sinch-prov.key-secret"}) {
                assertTrue(CamelContextHelper.containsSensitive(context, name), name);
            }
            assertTrue(CamelContextHelper.containsSensitive(context, "mytoken"), "keywords set before are kept");
            assertFalse(CamelContextHelper.containsSensitive(context, "keyId"), "an identifier is not a secret");
        }
    }
}
