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
package io.github.camelsinch.provisioning.request;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterLocation;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.client.ApiRequest;

import java.util.List;
import java.util.function.Function;

/**
 * The one way a call of a catalogue operation is put together, for the producer, the status consumer's polls, the
 * webhook registrar, the apply operations and the credentials check: parameter values are checked against the
 * contract ({@link ParameterValidator}) and placed in the path or the query as the operation says, so no caller
 * can send a parameter the contract does not have or forget one it requires.
 * <p>
 * Query parameters go out in the contract's order, the page token last: the URLs of one listing then differ only
 * at their end. Not thread-safe; a walk may reuse one instance, setting the next {@link #pageToken} before each
 * {@link #build}.
 */
public final class OperationRequest {

    private static final String PAGE_SIZE = "pageSize";
    private static final String PAGE_TOKEN = "pageToken";

    private final ApiOperation operation;
    private final List<OperationParameter> parameters;
    /** The wire values per parameter, by the parameter's position in the contract; null when not set. */
    private final List<String>[] values;
    private String displayName;
    private String pageToken;
    private byte[] body;

    @SuppressWarnings("unchecked")
    private OperationRequest(ApiOperation operation) {
        this.operation = operation;
        this.parameters = operation.parameters();
        this.values = new List[parameters.size()];
        this.displayName = operation.uriPath();
    }

    /** A request of {@code operation} with no parameter set yet, named in errors and logs by its URI path. */
    public static OperationRequest of(ApiOperation operation) {
        return new OperationRequest(operation);
    }

    /** How errors and logs name the call, when not the operation's URI path. */
    public OperationRequest displayName(String name) {
        displayName = name;
        return this;
    }

    /**
     * Sets a parameter, replacing an earlier value; null leaves it as it is.
     *
     * @throws IllegalArgumentException naming the operation, the parameter and what is valid, when the value breaks
     *                                  the contract or the operation has no such parameter
     */
    public OperationRequest set(String name, Object value) {
        if (value != null) {
            int i = indexOf(name);
            values[i] = ParameterValidator.wireValues(operation, parameters.get(i), value);
        }
        return this;
    }

    /**
     * Sets a parameter to wire values sent as they are: values already checked with
     * {@link ParameterValidator#wireValues} (options checked once when the endpoint was made), or the API's own
     * identifiers of a resource it listed, which are not held to the contract's rules for input.
     */
    public OperationRequest setWire(String name, List<String> wireValues) {
        values[indexOf(name)] = List.copyOf(wireValues);
        return this;
    }

    /** Whether the parameter has a value. */
    public boolean isSet(String name) {
        int i = position(name);
        return i >= 0 && values[i] != null;
    }

    /**
     * The largest page the contract allows, unless a page size is set: fewest requests for a caller that reads the
     * whole listing. Nothing for an operation without a bounded {@code pageSize}.
     */
    public OperationRequest largestPageUnlessSet() {
        if (!isSet(PAGE_SIZE)) {
            operation.parameter(PAGE_SIZE).map(OperationParameter::maximum).ifPresent(max -> set(PAGE_SIZE, max));
        }
        return this;
    }

    /** The page to read; null for the first. Sent as the server gave it (a token is opaque). */
    public OperationRequest pageToken(String token) {
        if (token != null && operation.parameter(PAGE_TOKEN).isEmpty()) {
            throw new IllegalArgumentException(operation.uriPath() + " is not a list: it takes no page token");
        }
        pageToken = token;
        return this;
    }

    /** The JSON body, owned by the request from now on (see {@link ApiRequest#body()}). */
    public OperationRequest body(byte[] json) {
        body = json;
        return this;
    }

    /** The request; a missing required parameter fails naming the endpoint option that sets it. */
    public ApiRequest build() {
        return build(p -> "set the endpoint option " + p.name());
    }

    /**
     * The request.
     *
     * @param howToSet what the user can do to set a missing required parameter, for the error
     */
    public ApiRequest build(Function<OperationParameter, String> howToSet) {
        ApiRequest.Builder request = ApiRequest.builder(operation.operationId(), operation.method(),
                operation.pathTemplate()).displayName(displayName);
        for (int i = 0; i < values.length; i++) {
            OperationParameter p = parameters.get(i);
            List<String> wire = values[i];
            if (wire == null) {
                if (p.required() && !p.name().equals(PAGE_TOKEN)) {
                    throw new IllegalArgumentException("Missing required parameter " + p.name() + " of "
                            + operation.uriPath() + ": " + howToSet.apply(p));
                }
                continue;
            }
            for (String value : wire) {
                if (p.location() == ParameterLocation.PATH) {
                    request.pathParameter(p.name(), value);
                } else {
                    request.queryParameter(p.name(), value);
                }
            }
        }
        if (pageToken != null) {
            request.queryParameter(PAGE_TOKEN, pageToken);
        }
        if (body != null) {
            request.body(body);
        }
        return request.build();
    }

    private int indexOf(String name) {
        if (PAGE_TOKEN.equals(name)) {
            throw new IllegalArgumentException("The page token of " + operation.uriPath() + " is set with pageToken()");
        }
        int i = position(name);
        if (i < 0) {
            throw new IllegalArgumentException(operation.uriPath() + " has no parameter " + name + "; it has "
                    + parameters.stream().map(OperationParameter::name).toList());
        }
        return i;
    }

    private int position(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
