package io.github.camelsinch.provisioning.catalog;

/** The JSON-schema type of an API parameter, as far as validation and encoding need it. */
public enum ParameterKind {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    /** An array of strings, sent as the same query parameter repeated (OpenAPI form style, explode). */
    STRING_ARRAY
}
