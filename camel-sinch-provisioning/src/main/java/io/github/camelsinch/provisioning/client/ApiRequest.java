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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one API call may carry. There is deliberately no way to add arbitrary headers or to override the
 * host: the client sends only what is here plus its own auth, so message headers cannot steer or leak a call.
 *
 * @param operationId    the OpenAPI operation id, kept for support (see {@link ApiCallException#operationId()})
 * @param displayName    how error messages and logs name the operation: as the endpoint URI does, e.g.
 *                       {@code whatsapp-senders/list}; the operationId when null
 * @param method         GET, POST, PUT, PATCH, DELETE or HEAD
 * @param pathTemplate   path below the base URL, starting with '/', e.g. {@code /v1/projects/{projectId}/...}
 * @param pathParameters values for the template; each is percent-encoded as one path segment
 * @param queryParameters query parameters in order; repeated names allowed (arrays)
 * @param body           JSON body sent as {@code application/json}, or null. Not copied (bodies can be large):
 *                       the request owns it, so do not change it after passing it in.
 */
public record ApiRequest(String operationId, String displayName, String method, String pathTemplate,
                         Map<String, String> pathParameters, List<QueryParameter> queryParameters, byte[] body) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE", "HEAD");

    public ApiRequest {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        displayName = displayName == null || displayName.isBlank() ? operationId : displayName;
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported HTTP method " + method + " for " + displayName);
        }
        if (!pathTemplate.startsWith("/")) {
            // A template not starting with '/' could turn "https://host" + "@evil/x" into another host.
            throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
        }
        // Immutable copies (no copy at all when already immutable); neither accepts a null name or value.
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        queryParameters = queryParameters == null ? List.of() : List.copyOf(queryParameters);
    }

    public static Builder builder(String operationId, String method, String pathTemplate) {
        return new Builder(operationId, method, pathTemplate);
    }

    /** True when sending the request twice has the same effect as once, so any transient failure may be retried. */
    public boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiRequest other && operationId.equals(other.operationId)
                && displayName.equals(other.displayName) && method.equals(other.method)
                && pathTemplate.equals(other.pathTemplate) && pathParameters.equals(other.pathParameters)
                && queryParameters.equals(other.queryParameters) && java.util.Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operationId, displayName, method, pathTemplate, pathParameters, queryParameters)
                * 31 + java.util.Arrays.hashCode(body);
    }

    /** Never prints the body: request bodies can hold third-party tokens (e.g. WhatsApp). */
    @Override
    public String toString() {
        return "ApiRequest[" + displayName + " (" + operationId + ") " + method + " " + pathTemplate
                + ", pathParameters=" + pathParameters
                + ", queryParameters=" + queryParameters + ", body=" + (body == null ? "none" : body.length + " bytes")
                + "]";
    }

    /** Convenience builder; the record constructor is equally valid. */
    public static final class Builder {
        private final String operationId;
        private final String method;
        private final String pathTemplate;
        private String displayName;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final List<QueryParameter> queryParameters = new ArrayList<>();
        private byte[] body;

        private Builder(String operationId, String method, String pathTemplate) {
            this.operationId = operationId;
            this.method = method;
            this.pathTemplate = pathTemplate;
        }

        /** How errors and logs name the operation, e.g. {@code whatsapp-senders/list}; default the operationId. */
        public Builder displayName(String name) {
            displayName = name;
            return this;
        }

        public Builder pathParameter(String name, String value) {
            pathParameters.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, () -> "value of path parameter " + name));
            return this;
        }

        /** Adds one query parameter; call again with the same name for each element of an array. */
        public Builder queryParameter(String name, String value) {
            queryParameters.add(new QueryParameter(name, value));
            return this;
        }

        public Builder body(byte[] json) {
            body = json;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(operationId, displayName, method, pathTemplate, pathParameters, queryParameters,
                    body);
        }
    }
}
