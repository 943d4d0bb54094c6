package io.github.camelsinch.provisioning.catalog;

import java.util.List;
import java.util.Map;

/**
 * The required fields of one request schema, and for object-valued properties the schema to check them against
 * (a trailing {@code []} marks an array of such objects).
 */
public record SchemaRule(List<String> required, Map<String, String> nested) {

    public SchemaRule {
        required = List.copyOf(required);
        nested = Map.copyOf(nested);
    }
}
