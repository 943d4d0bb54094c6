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
package io.github.camelsinch.provisioning.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import io.github.camelsinch.provisioning.simulator.contract.ErrorCatalog;

import java.util.List;

/**
 * Builds PAPI error responses: {@code {errorCode, message, resolution, additionalInformation?}}.
 *
 * <p>Message and resolution come from the contract's documented example for the error code when there is one, so
 * clients see the real wording; codes the contract does not document get a plain fallback text.
 */
public final class PapiErrors {

    private static final String DEFAULT_RESOLUTION = "Verify that the parameters are correct.";

    private PapiErrors() {
    }

    /** An error response with the documented text of {@code errorCode}, or {@code fallbackMessage}. */
    public static ServerResponse of(int status, String errorCode, String fallbackMessage) {
        return ServerResponse.json(status, body(errorCode, fallbackMessage));
    }

    /** Shorthand for {@code throw new ApiException(of(...))} in handlers. */
    public static ApiException error(int status, String errorCode, String fallbackMessage) {
        return new ApiException(of(status, errorCode, fallbackMessage));
    }

    public static ObjectNode body(String errorCode, String fallbackMessage) {
        ErrorCatalog.Entry documented = Contract.bundled().errors().lookup(errorCode)
                .orElse(new ErrorCatalog.Entry(fallbackMessage, DEFAULT_RESOLUTION));
        ObjectNode body = Json.object();
        body.put("errorCode", errorCode);
        body.put("message", documented.message());
        body.put("resolution", documented.resolution().isEmpty() ? DEFAULT_RESOLUTION : documented.resolution());
        return body;
    }

    public static ServerResponse unauthorized() {
        return of(401, "unauthorized_error", "Unauthorized.");
    }

    public static ServerResponse invalidPayload() {
        return of(400, "invalid_payload", "Invalid JSON payload.");
    }

    /** 400 with {@code additionalInformation.validationErrors}, as the API reports schema violations. */
    public static ApiException invalid(String errorCode, List<String> validationErrors) {
        ObjectNode body = body(errorCode, "Invalid input.");
        ArrayNode errors = body.putObject("additionalInformation").putArray("validationErrors");
        validationErrors.forEach(errors::add);
        return new ApiException(ServerResponse.json(400, body));
    }

    public static ApiException invalidInput(String... validationErrors) {
        return invalid("invalid_input", List.of(validationErrors));
    }

    public static ApiException notFound(String errorCode, String fallbackMessage) {
        return error(404, errorCode, fallbackMessage);
    }

    public static ApiException conflict(String errorCode, String fallbackMessage) {
        return error(409, errorCode, fallbackMessage);
    }
}
