package io.github.camelsinch.provisioning.client;

import java.util.Objects;

/**
 * One query parameter. A list of these keeps order and allows repeated names, which is how array-valued
 * query parameters are sent.
 */
public record QueryParameter(String name, String value) {

    public QueryParameter {
        Objects.requireNonNull(name, "query parameter name");
        Objects.requireNonNull(value, "value of query parameter " + name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("query parameter name must not be empty");
        }
    }
}
