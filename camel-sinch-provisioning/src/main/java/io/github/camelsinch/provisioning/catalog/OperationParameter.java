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
package io.github.camelsinch.provisioning.catalog;

import java.util.List;
import java.util.Locale;

/** One path or query parameter of an operation, with the constraints the contract puts on it. */
public final class OperationParameter {

    private final String name;
    private final ParameterLocation location;
    private final ParameterKind kind;
    private final boolean required;
    private final List<String> enumValues;
    private final Long minimum;
    private final Long maximum;
    private final String defaultValue;
    private final String description;

    private OperationParameter(Builder b) {
        this.name = b.name;
        this.location = b.location;
        this.kind = b.kind;
        this.required = b.required;
        this.enumValues = List.copyOf(b.enumValues);
        this.minimum = b.minimum;
        this.maximum = b.maximum;
        this.defaultValue = b.defaultValue;
        this.description = b.description;
    }

    public static Builder builder(String name, ParameterLocation location, ParameterKind kind) {
        return new Builder(name, location, kind);
    }

    public String name() {
        return name;
    }

    public ParameterLocation location() {
        return location;
    }

    public ParameterKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** The allowed values (of each element, for arrays); empty when any value goes. */
    public List<String> enumValues() {
        return enumValues;
    }

    /** Inclusive lower bound of a numeric parameter, or null. */
    public Long minimum() {
        return minimum;
    }

    /** Inclusive upper bound of a numeric parameter, or null. */
    public Long maximum() {
        return maximum;
    }

    /** The API's default when the parameter is not sent, or null. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return name + " (" + location.name().toLowerCase(Locale.ROOT) + ", " + kind.name().toLowerCase(Locale.ROOT)
                + (required ? ", required" : "") + ")";
    }

    /** Builds a parameter; used by the generated catalogue. */
    public static final class Builder {
        private final String name;
        private final ParameterLocation location;
        private final ParameterKind kind;
        private boolean required;
        private List<String> enumValues = List.of();
        private Long minimum;
        private Long maximum;
        private String defaultValue;
        private String description = "";

        private Builder(String name, ParameterLocation location, ParameterKind kind) {
            this.name = name;
            this.location = location;
            this.kind = kind;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder enumValues(String... values) {
            this.enumValues = List.of(values);
            return this;
        }

        public Builder bounds(Long minimum, Long maximum) {
            this.minimum = minimum;
            this.maximum = maximum;
            return this;
        }

        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public OperationParameter build() {
            return new OperationParameter(this);
        }
    }
}
