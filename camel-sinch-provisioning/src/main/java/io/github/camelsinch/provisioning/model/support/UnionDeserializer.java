package io.github.camelsinch.provisioning.model.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a discriminated union of the contract: looks at the discriminator property and hands the JSON to the
 * variant class it names. A variant may itself be a union on another property (a template header is a component
 * by {@code type} and then a text, media or location header by {@code format}); reading the tree again as that
 * interface lets its own deserializer decide. Unknown discriminator values become the union's {@code Unknown}.
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {

    private final String discriminator;
    private final Map<String, Class<? extends T>> variants;
    private final Supplier<? extends UnknownVariant> unknown;

    protected UnionDeserializer(Class<T> unionType, String discriminator, Map<String, Class<? extends T>> variants,
                                Supplier<? extends UnknownVariant> unknown) {
        super(unionType);
        this.discriminator = discriminator;
        this.variants = variants;
        this.unknown = unknown;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = p.readValueAsTree();
        if (tree == null || !tree.isObject()) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        JsonNode tag = tree.get(discriminator);
        Class<? extends T> variant = tag == null || !tag.isTextual() ? null : variants.get(tag.asText());
        if (variant != null) {
            return ctxt.readTreeAsValue(tree, variant);
        }
        UnknownVariant value = unknown.get();
        tree.fields().forEachRemaining(e -> value.setAdditionalProperty(e.getKey(), e.getValue()));
        return (T) value;
    }
}
