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
package io.github.camelsinch.provisioning.examples.cookbook.tooling;

import java.util.Locale;

/**
 * A {@code sinch-prov:} endpoint URI found in a file: as written ({@code uri}, placeholders and all), how it is used
 * ({@code role}) and where ({@code location}, {@code file:line}).
 */
record FoundUri(String uri, Role role, String location) {

    enum Role {
        /** In a {@code from}: validated as a consumer, and the component must create a consumer for it. */
        CONSUMER,
        /** In a {@code to}, {@code requestBody}...: validated as a producer, and the component must create a producer. */
        PRODUCER,
        /** In prose or a table: validated as an endpoint. */
        ENDPOINT
    }

    @Override
    public String toString() {
        return location + " " + role.name().toLowerCase(Locale.ROOT) + " " + uri;
    }
}
