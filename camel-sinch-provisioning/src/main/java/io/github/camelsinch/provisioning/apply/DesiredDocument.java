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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One declared resource with where it came from, so that a bad declaration is reported by its file. What
 * {@link DesiredStateFiles#read} returns; an apply operation takes a collection of them like any other desired state.
 *
 * @param source  the file name (relative to the folder read), or any label that says where it came from
 * @param content the declaration, a JSON object
 */
public record DesiredDocument(String source, JsonNode content) {

    public DesiredDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** The source only: the content may hold a webhook secret. */
    @Override
    public String toString() {
        return "DesiredDocument[" + source + "]";
    }
}
