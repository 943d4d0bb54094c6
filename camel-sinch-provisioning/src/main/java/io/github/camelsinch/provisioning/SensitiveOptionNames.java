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
