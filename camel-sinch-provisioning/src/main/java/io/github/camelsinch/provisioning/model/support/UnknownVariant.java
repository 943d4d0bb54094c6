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

/**
 * Base of the {@code Unknown} variant of every union: a variant whose discriminator value this version does not
 * know. All of its fields are kept in {@link #getAdditionalProperties()} and written back unchanged.
 */
public abstract class UnknownVariant extends ModelObject {

    private static final String[] NONE = new String[0];

    @Override
    public String schemaName() {
        return "Unknown";
    }

    @Override
    protected String[] propertyNames() {
        return NONE;
    }

    @Override
    protected Object[] propertyValues() {
        return NONE;
    }

    @Override
    protected Object declaredProperty(String jsonName) {
        return UNDECLARED;
    }
}
