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

/**
 * The request body an operation takes: the contract schemas it may match (more than one for anyOf bodies) and the
 * model class when there is exactly one.
 */
public record RequestBodySpec(boolean required, Class<?> modelType, List<String> schemaNames) {

    public RequestBodySpec {
        schemaNames = List.copyOf(schemaNames);
    }
}
