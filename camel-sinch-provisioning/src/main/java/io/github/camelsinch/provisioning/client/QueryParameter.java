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
