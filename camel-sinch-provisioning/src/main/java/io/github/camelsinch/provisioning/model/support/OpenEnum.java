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

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of the generated enums. Unlike a Java enum it accepts any string: a state or status added by a newer API
 * version parses, compares and prints as it came, with {@link #isKnown()} false, instead of failing the whole
 * response.
 */
public abstract class OpenEnum {

    private final String value;

    protected OpenEnum(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The value exactly as the API sends it. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether the contract this component was built from defines this value. */
    public abstract boolean isKnown();

    @SafeVarargs
    protected static <E extends OpenEnum> Map<String, E> index(E... constants) {
        Map<String, E> byValue = new LinkedHashMap<>();
        for (E c : constants) {
            byValue.put(c.value(), c);
        }
        return Collections.unmodifiableMap(byValue);
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || (o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
