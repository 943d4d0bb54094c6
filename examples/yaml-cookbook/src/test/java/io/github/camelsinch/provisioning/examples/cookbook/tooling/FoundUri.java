package io.github.camelsinch.provisioning.examples.cookbook.tooling;

import java.util.Locale;

/**
 * A {@code sinch-prov:} endpoint URI found in a file: as written ({@code uri}, placeholders and all), how it is used
 * ({@code role}) and where ({@code location}, {@code file:line}).
 */
record FoundUri(String uri, Role role, String location) {

    enum Role {
        /** In a {@code from}: validated as a consumer, and the component must create a consumer for it. */
        CONSUMER,
        /** In a {@code to}, {@code requestBody}...: validated as a producer, and the component must create a producer. */
        PRODUCER,
        /** In prose or a table: validated as an endpoint. */
        ENDPOINT
    }

    @Override
    public String toString() {
        return location + " " + role.name().toLowerCase(Locale.ROOT) + " " + uri;
    }
}
