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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration the models are read and written with. */
public final class ModelJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Unknown fields land in ModelObject's additional properties; this guards the rest (e.g. JsonNode maps).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Sinch sends numbers such as maxTps; keep them exact.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /**
     * A prepared reader per type: {@code mapper.readValue(bytes, type)} looks the type and its root deserializer up
     * on every call, a reader only once.
     */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    /** A prepared writer per type, for the same reason: its root serializer is found once, not per call. */
    private static final ClassValue<ObjectWriter> WRITERS = new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return MAPPER.writerFor(type);
        }
    };

    private ModelJson() {
    }

    /** The shared writer of one model type (pass the value's own class). */
    public static ObjectWriter writer(Class<?> type) {
        return WRITERS.get(type);
    }

    /** The shared reader of one model type. */
    public static ObjectReader reader(Class<?> type) {
        return READERS.get(type);
    }

    /** Shared and thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
