package io.github.camelsinch.provisioning.catalog;

import java.util.Map;
import java.util.Optional;

/** The required-field rules of the request schemas, generated from the contract. */
public final class SchemaRules {

    private static final Map<String, SchemaRule> RULES = ContractSchemaRules.all();

    private SchemaRules() {
    }

    public static Optional<SchemaRule> of(String schemaName) {
        return Optional.ofNullable(RULES.get(schemaName));
    }
}
