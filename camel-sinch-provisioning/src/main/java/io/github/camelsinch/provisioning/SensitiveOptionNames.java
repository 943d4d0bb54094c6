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

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.util.SensitiveUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Camel's built-in list of sensitive names matches whole option names ({@code password}, {@code clientsecret}, ...),
 * and {@code keysecret} or {@code webhooksecret} are not on it: camel-main's start-up summary would print
 * {@code camel.component.sinch-prov.keySecret} in clear. Adding the component's secret option names to the
 * context's additional sensitive keywords makes Camel mask them wherever it checks (main summaries, dev consoles).
 */
final class SensitiveOptionNames {

    static final List<String> NAMES = List.of("keysecret", "webhooksecret", "previouswebhooksecret");

    private SensitiveOptionNames() {
    }

    static void register(CamelContext context) {
        ExtendedCamelContext ecc = context.getCamelContextExtension();
        Set<String> keywords = new LinkedHashSet<>();
        String existing = ecc.getAdditionalSensitiveKeywords();
        if (existing != null && !existing.isBlank()) {
            for (String k : existing.split(",")) {
                keywords.add(k.trim());
            }
        }
        boolean changed = false;
        for (String name : NAMES) {
            if (!SensitiveUtils.containsSensitive(name) && keywords.add(name)) {
                changed = true;
            }
        }
        if (changed) {
            ecc.setAdditionalSensitiveKeywords(String.join(",", keywords).toLowerCase(Locale.ROOT));
        }
    }
}
