package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiException;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads success bodies. A 2xx whose body is not the JSON the contract promises is a server fault, reported as the
 * same typed exception as any other failed call rather than a Jackson exception.
 */
final class ResponseReader {

    private ResponseReader() {
    }

    static JsonNode tree(ApiOperation op, ApiResponse response) {
        try {
            return ModelJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw malformed(op, response, e);
        }
    }

    /** The typed model (or raw JSON text) of a body; null when the response has no body. */
    static Object body(ApiOperation op, ApiResponse response, boolean rawJson) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return null;
        }
        if (rawJson || op.responseType() == null) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return ModelJson.mapper().readValue(bytes, op.responseType());
        } catch (IOException e) {
            throw malformed(op, response, e);
        }
    }

    static Object body(ApiOperation op, JsonNode tree, boolean rawJson) {
        if (rawJson || op.responseType() == null) {
            return tree.toString();
        }
        try {
            return ModelJson.mapper().treeToValue(tree, op.responseType());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the " + op.uriPath() + " response as "
                    + op.responseType().getSimpleName(), e);
        }
    }

    private static SinchApiException malformed(ApiOperation op, ApiResponse response, IOException cause) {
        return SinchApiException.builder(ErrorKind.SERVER, op.operationId(), op.method() + " " + op.pathTemplate())
                .httpStatus(response.statusCode())
                .message(op.uriPath() + ": HTTP " + response.statusCode() + " with a body that is not the expected JSON ("
                        + cause.getClass().getSimpleName() + ")")
                .build();
    }
}
