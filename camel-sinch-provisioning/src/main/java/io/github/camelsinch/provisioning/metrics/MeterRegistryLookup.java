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
package io.github.camelsinch.provisioning.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which MeterRegistry the component publishes to: the one of the {@code meterRegistry} option, else the only one in
 * the Camel registry (Spring Boot's, Quarkus's and camel-micrometer's are there). Of several, a single composite
 * (Spring Boot and Quarkus make one that feeds the others) wins; else the first by bean name, with a warning.
 */
final class MeterRegistryLookup {

    private static final Logger LOG = LoggerFactory.getLogger(MeterRegistryLookup.class);

    private MeterRegistryLookup() {
    }

    /**
     * Every MeterRegistry of the Camel registry by bean name. Camel Quarkus lists only named beans by name, and
     * quarkus-micrometer's are unnamed: those are found by type and named after their class.
     */
    private static Map<String, MeterRegistry> byName(CamelContext context) {
        Map<String, MeterRegistry> found = new TreeMap<>(context.getRegistry().findByTypeWithName(MeterRegistry.class));
        if (found.isEmpty()) {
            for (MeterRegistry registry : context.getRegistry().findByType(MeterRegistry.class)) {
                String name = registry.getClass().getSimpleName();
                for (int n = 2; found.containsKey(name); n++) {
                    name = registry.getClass().getSimpleName() + "#" + n;
                }
                found.put(name, registry);
            }
        }
        return found;
    }

    /** The registry to use, or null when there is none. */
    static MeterRegistry find(CamelContext context, Object configured) {
        if (configured != null) {
            if (configured instanceof MeterRegistry given) {
                LOG.debug("Sinch Provisioning meters go to the configured {}", given.getClass().getSimpleName());
                return given;
            }
            throw new IllegalArgumentException("meterRegistry must be an io.micrometer.core.instrument.MeterRegistry"
                    + " (e.g. #bean:prometheusMeterRegistry), got a " + configured.getClass().getName());
        }
        Map<String, MeterRegistry> found = byName(context);
        if (found.isEmpty()) {
            LOG.debug("No Micrometer MeterRegistry in the Camel registry: Sinch Provisioning publishes no meters");
            return null;
        }
        if (found.size() == 1) {
            Map.Entry<String, MeterRegistry> only = found.entrySet().iterator().next();
            LOG.info("Sinch Provisioning meters go to MeterRegistry '{}' ({})", only.getKey(),
                    only.getValue().getClass().getSimpleName());
            return only.getValue();
        }
        Map<String, MeterRegistry> composites = new TreeMap<>();
        found.forEach((name, registry) -> {
            if (registry instanceof CompositeMeterRegistry) {
                composites.put(name, registry);
            }
        });
        Map.Entry<String, MeterRegistry> chosen = (composites.size() == 1 ? composites : found).entrySet().iterator()
                .next();
        if (composites.size() == 1) {
            LOG.info("Sinch Provisioning meters go to the composite MeterRegistry '{}' (of the MeterRegistry beans {})",
                    chosen.getKey(), found.keySet());
        } else {
            LOG.warn("Several MeterRegistry beans {}: Sinch Provisioning meters go to '{}' ({}); choose another with"
                    + " the component option meterRegistry (camel.component.sinch-prov.meter-registry=#bean:name)",
                    found.keySet(), chosen.getKey(), chosen.getValue().getClass().getSimpleName());
        }
        return chosen.getValue();
    }
}
