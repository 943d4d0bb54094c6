package io.github.camelsinch.provisioning.catalog;

import java.util.List;

/**
 * The request body an operation takes: the contract schemas it may match (more than one for anyOf bodies) and the
 * model class when there is exactly one.
 */
public record RequestBodySpec(boolean required, Class<?> modelType, List<String> schemaNames) {

    public RequestBodySpec {
        schemaNames = List.copyOf(schemaNames);
    }
}
