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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All operations of the API, looked up by {@code api} and operation name, as the endpoint URI names them. */
public final class OperationCatalog {

    private static final OperationCatalog INSTANCE = new OperationCatalog(ContractOperations.all());

    private final List<ApiOperation> operations;
    private final Map<String, Map<String, ApiOperation>> byApi;

    private OperationCatalog(List<ApiOperation> operations) {
        this.operations = operations;
        Map<String, Map<String, ApiOperation>> index = new LinkedHashMap<>();
        for (ApiOperation op : operations) {
            if (index.computeIfAbsent(op.api(), k -> new LinkedHashMap<>()).put(op.name(), op) != null) {
                throw new IllegalStateException("Duplicate operation " + op.uriPath());
            }
        }
        index.replaceAll((api, ops) -> Collections.unmodifiableMap(ops));
        this.byApi = Collections.unmodifiableMap(index);
    }

    public static OperationCatalog get() {
        return INSTANCE;
    }

    /** The version of the contract the catalogue was generated from. */
    public String contractVersion() {
        return ContractOperations.CONTRACT_VERSION;
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public Set<String> apis() {
        return byApi.keySet();
    }

    /** The operation names of an api, in contract order; empty for an unknown api. */
    public Set<String> operationNames(String api) {
        return byApi.getOrDefault(api, Map.of()).keySet();
    }

    public Optional<ApiOperation> find(String api, String name) {
        return Optional.ofNullable(byApi.getOrDefault(api, Map.of()).get(name));
    }

    /**
     * The operation, or an {@link IllegalArgumentException} that names the valid apis or the api's valid
     * operations, so a typo in a URI is fixed from the message alone.
     */
    public ApiOperation require(String api, String name) {
        Map<String, ApiOperation> ops = byApi.get(api);
        if (ops == null) {
            throw new IllegalArgumentException("Unknown api '" + api + "'." + SimilarNames.didYouMean(api, apis())
                    + " Valid apis: " + String.join(", ", apis()));
        }
        ApiOperation op = ops.get(name);
        if (op == null) {
            throw new IllegalArgumentException("Unknown operation '" + name + "' for api '" + api + "'."
                    + SimilarNames.didYouMean(name, ops.keySet()) + " Valid operations of " + api + ": "
                    + String.join(", ", ops.keySet()));
        }
        return op;
    }
}
