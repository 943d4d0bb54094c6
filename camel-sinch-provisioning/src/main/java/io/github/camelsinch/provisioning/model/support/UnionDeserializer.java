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
package io.github.camelsinch.provisioning.model.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Class<?>, JsonDeserializer<Object>> deserializers = new ConcurrentHashMap<>();

    protected UnionDeserializer(Class<T> unionType, String discriminator, Map<String, Class<? extends T>> variants,
                                Supplier<? extends UnknownVariant> unknown) {
        super(unionType);
        this.discriminator = discriminator;
        this.variants = variants;
        this.unknown = unknown;
    }

    /**
     * The variant's deserializer, looked up once per union deserializer (Jackson creates one per mapper, so the
     * cache never mixes configurations). {@code ctxt.readTreeAsValue} would look it up again for every value, which
     * made binding a page of templates twice as slow. Not computeIfAbsent: a variant may nest the same union, and
     * the lookup would then update the map from inside its own computation.
     */
    private JsonDeserializer<Object> deserializerOf(Class<? extends T> variant,
                                                    DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> deserializer = deserializers.get(variant);
        if (deserializer == null) {
            deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(variant));
            deserializers.put(variant, deserializer);
        }
        return deserializer;
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
            try (JsonParser variantParser = new TreeTraversingParser(tree, p.getCodec())) {
                variantParser.nextToken();
                return (T) deserializerOf(variant, ctxt).deserialize(variantParser, ctxt);
            }
        }
        UnknownVariant value = unknown.get();
        tree.fields().forEachRemaining(e -> value.setAdditionalProperty(e.getKey(), e.getValue()));
        return (T) value;
    }
}
