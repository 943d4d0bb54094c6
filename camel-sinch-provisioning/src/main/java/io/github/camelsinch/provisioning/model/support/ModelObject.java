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

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every generated model. It keeps the fields a newer API version sends that this version does not know
 * (they are written back on serialization, so nothing is lost in a read-modify-write), and gives every model the
 * same equality and a {@code toString()} that masks credentials.
 */
public abstract class ModelObject {

    /** Created on the first unknown field: most models never see one, and a page holds thousands of models. */
    private Map<String, JsonNode> additionalProperties;

    /** The contract schema this model was generated from. */
    public abstract String schemaName();

    /** JSON names of the declared properties, in contract order. */
    protected abstract String[] propertyNames();

    /** Values of the declared properties, in the order of {@link #propertyNames()}. */
    protected abstract Object[] propertyValues();

    /** What {@link #declaredProperty(String)} returns for a name the schema does not declare. */
    protected static final Object UNDECLARED = new Object();

    /** The value of a declared property by its JSON name, or {@link #UNDECLARED}. */
    protected abstract Object declaredProperty(String jsonName);

    /**
     * The value of a property by its JSON name, declared or additional (then a {@code JsonNode}); null when unset.
     * Lets a model be inspected by contract names without turning it into a JSON tree first.
     */
    public Object jsonProperty(String jsonName) {
        Object value = declaredProperty(jsonName);
        if (value != UNDECLARED && value != null) {
            return value;
        }
        // An unset declared property may still be written from the additional ones, as serialization does.
        return additionalProperties == null ? null : additionalProperties.get(jsonName);
    }

    /** Whether the value of this declared property is a credential to mask in {@code toString()}. */
    protected boolean isSecretProperty(String jsonName) {
        return false;
    }

    /** Fields of the JSON that the contract of this version does not declare, in arrival order. */
    @JsonAnyGetter
    public Map<String, JsonNode> getAdditionalProperties() {
        return additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, JsonNode value) {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        additionalProperties.put(name, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        ModelObject other = (ModelObject) o;
        return Arrays.deepEquals(propertyValues(), other.propertyValues())
                && getAdditionalProperties().equals(other.getAdditionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(propertyValues()), getAdditionalProperties());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('{');
        String[] names = propertyNames();
        Object[] values = propertyValues();
        String separator = "";
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                out.append(separator).append(names[i]).append('=')
                        .append(isSecretProperty(names[i]) ? "***" : values[i]);
                separator = ", ";
            }
        }
        for (Map.Entry<String, JsonNode> e : getAdditionalProperties().entrySet()) {
            out.append(separator).append(e.getKey()).append('=')
                    .append(looksSecret(e.getKey()) ? "***" : e.getValue());
            separator = ", ";
        }
        return out.append('}').toString();
    }

    /** Unknown fields get the same masking rule the generator applies to declared ones. */
    static boolean looksSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.endsWith("pagetoken")
                && (n.contains("token") || n.contains("secret") || n.contains("password") || n.contains("apikey"));
    }
}
