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
package io.github.camelsinch.provisioning.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code pageSize} bounds of one list operation, read from its query parameter in the contract
 * (1..15 for webhooks, 1..25 for bundles, 1..100 for most lists, 1..1000 for templates).
 *
 * @param min         smallest accepted page size
 * @param max         largest accepted page size
 * @param defaultSize size used when the client sends none
 */
public record PageSizeBounds(int min, int max, int defaultSize) {

    static Optional<PageSizeBounds> of(JsonNode parameter, UnaryOperator<JsonNode> resolve) {
        if (parameter == null) {
            return Optional.empty();
        }
        JsonNode schema = resolve.apply(parameter.path("schema"));
        int min = schema.path("minimum").asInt(1);
        int max = schema.path("maximum").asInt(100);
        return Optional.of(new PageSizeBounds(min, max, defaultFor(max)));
    }

    /**
     * The contract gives no defaults, so they follow the documentation: webhooks return all (at most 15) without a
     * page size, bundles the first 10, every other list 50 (the documented example page size).
     */
    private static int defaultFor(int max) {
        if (max <= 15) {
            return max;
        }
        if (max <= 25) {
            return 10;
        }
        return 50;
    }
}
