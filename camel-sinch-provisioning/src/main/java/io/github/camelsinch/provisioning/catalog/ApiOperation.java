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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One operation of the Sinch Provisioning API: everything the generic producer needs to call it. The catalogue is
 * generated from the contract, so the producer walks this descriptor instead of switching on 85 cases.
 */
public final class ApiOperation {

    private final String api;
    private final String name;
    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final String summary;
    private final String description;
    private final List<OperationParameter> parameters;
    private final RequestBodySpec requestBody;
    private final int responseStatus;
    private final Class<?> responseType;
    private final String listItemsField;

    private ApiOperation(Builder b) {
        this.api = b.api;
        this.name = b.name;
        this.operationId = b.operationId;
        this.method = b.method;
        this.pathTemplate = b.path;
        this.summary = b.summary;
        this.description = b.description;
        this.parameters = List.copyOf(b.parameters);
        this.requestBody = b.requestBody;
        this.responseStatus = b.responseStatus;
        this.responseType = b.responseType;
        this.listItemsField = b.listItemsField;
    }

    public static Builder builder(String api, String name) {
        return new Builder(api, name);
    }

    /** The api group, the kebab-case tag name, e.g. {@code whatsapp-senders}. */
    public String api() {
        return api;
    }

    /** The operation name within its api, e.g. {@code list}. */
    public String name() {
        return name;
    }

    /** The remaining part of the endpoint URI: {@code api/name}. */
    public String uriPath() {
        return api + "/" + name;
    }

    public String operationId() {
        return operationId;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public List<OperationParameter> parameters() {
        return parameters;
    }

    public Optional<OperationParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    public List<OperationParameter> parameters(ParameterLocation location) {
        return parameters.stream().filter(p -> p.location() == location).toList();
    }

    public Optional<RequestBodySpec> requestBody() {
        return Optional.ofNullable(requestBody);
    }

    /** The documented success status (200, 201, 204). */
    public int responseStatus() {
        return responseStatus;
    }

    /** The model class of the success body, or null when the operation answers without a body. */
    public Class<?> responseType() {
        return responseType;
    }

    /** Whether this is a paginated list (it takes {@code pageToken} and answers {@code nextPageToken}). */
    public boolean isPaginated() {
        return listItemsField != null;
    }

    /** The array property of a list page (e.g. {@code senders}), or null for other operations. */
    public String listItemsField() {
        return listItemsField;
    }

    @Override
    public String toString() {
        return uriPath() + " (" + method + " " + pathTemplate + ")";
    }

    /** Builds an operation; used by the generated catalogue. */
    public static final class Builder {
        private final String api;
        private final String name;
        private String operationId;
        private String method;
        private String path;
        private String summary = "";
        private String description = "";
        private final List<OperationParameter> parameters = new ArrayList<>();
        private RequestBodySpec requestBody;
        private int responseStatus;
        private Class<?> responseType;
        private String listItemsField;

        private Builder(String api, String name) {
            this.api = api;
            this.name = name;
        }

        public Builder operationId(String operationId) {
            this.operationId = operationId;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder parameter(OperationParameter parameter) {
            this.parameters.add(parameter);
            return this;
        }

        public Builder requestBody(boolean required, Class<?> modelType, String... schemaNames) {
            this.requestBody = new RequestBodySpec(required, modelType, List.of(schemaNames));
            return this;
        }

        public Builder response(int status, Class<?> type) {
            this.responseStatus = status;
            this.responseType = type;
            return this;
        }

        public Builder listItems(String field) {
            this.listItemsField = field;
            return this;
        }

        public ApiOperation build() {
            return new ApiOperation(this);
        }
    }
}
