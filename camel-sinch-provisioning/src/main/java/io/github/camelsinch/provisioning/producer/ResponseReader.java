package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiException;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Reads success bodies. A 2xx whose body is not the JSON the contract promises is a server fault, reported as the
 * same typed exception as any other failed call rather than a Jackson exception.
 */
final class ResponseReader {

    private ResponseReader() {
    }

    /**
     * @param callUri method and URL of the call (SinchApiClient#sanitizedUri), for the error; a supplier, because
     *                building the URL again costs a regex and two URI parses that only an error needs
     */
    static JsonNode tree(ApiOperation op, ApiResponse response, Supplier<String> callUri) {
        try {
            return ModelJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw malformed(op, response.statusCode(), callUri, e);
        }
    }

    /** The typed model (or raw JSON text) of a body; null when the response has no body. */
    static Object body(ApiOperation op, ApiResponse response, boolean rawJson, Supplier<String> callUri) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return null;
        }
        if (rawJson || op.responseType() == null) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return ModelJson.reader(op.responseType()).readValue(bytes);
        } catch (IOException e) {
            throw malformed(op, response.statusCode(), callUri, e);
        }
    }

    /** A parsed body (a list page) as the typed model; the wrong shape is the same server fault as bad JSON. */
    static Object body(ApiOperation op, JsonNode tree, boolean rawJson, int status, Supplier<String> callUri) {
        if (rawJson || op.responseType() == null) {
            return tree.toString();
        }
        try {
            return ModelJson.reader(op.responseType()).readValue(tree);
        } catch (IOException e) {
            throw malformed(op, status, callUri, e);
        }
    }

    private static SinchApiException malformed(ApiOperation op, int status, Supplier<String> callUri,
                                               IOException cause) {
        // The standard message adds the operation, the URL and the status; Jackson's own message is left out
        // because it quotes the body, which may hold a secret.
        return SinchApiException.builder(ErrorKind.SERVER, op.operationId(), callUri.get())
                .operation(op.uriPath())
                .httpStatus(status)
                .errorMessage("the body is not the expected JSON ("
                        + cause.getClass().getSimpleName() + ")")
                .build();
    }
}
