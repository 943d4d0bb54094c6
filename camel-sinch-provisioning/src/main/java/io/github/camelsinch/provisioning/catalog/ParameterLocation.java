package io.github.camelsinch.provisioning.catalog;

/** Where an API parameter travels. */
public enum ParameterLocation {
    PATH,
    QUERY
}
