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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;

/**
 * The one reader of success bodies, for the producer, the status consumer, the page walker, the webhook registrar
 * and the apply operations. A 2xx whose body is not the JSON the contract promises is a server fault: the same
 * typed {@link ErrorKind#SERVER} exception as any other failed call, naming the operation, the real (sanitized) URL
 * of the call, the status and the attempts, never a Jackson exception. The parser's own message is left out because
 * it quotes the body, which may hold a secret; the exception type says enough.
 */
public final class ResponseJson {

    private ResponseJson() {
    }

    /** The body as a JSON tree. */
    public static JsonNode tree(SinchApiClient client, ApiRequest request, ApiResponse response) {
        try {
            return ModelJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw malformed(client, request, response.statusCode(), response.attempts(),
                    "the body is not JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The body as a JSON object: anything else (an array, a bare value, nothing) is malformed. */
    public static ObjectNode object(SinchApiClient client, ApiRequest request, ApiResponse response) {
        JsonNode tree = tree(client, request, response);
        if (tree == null || !tree.isObject()) {
            throw malformed(client, request, response.statusCode(), response.attempts(),
                    "the body is not a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** The body as the contract's model of it. */
    public static <T> T model(SinchApiClient client, ApiRequest request, ApiResponse response, Class<T> type) {
        try {
            return ModelJson.reader(type).readValue(response.body());
        } catch (IOException e) {
            throw malformed(client, request, response.statusCode(), response.attempts(), notExpected(e));
        }
    }

    /**
     * A body already parsed (a list page, or pages merged into one) as the contract's model of it; the wrong shape
     * is the same server fault as bad JSON.
     *
     * @param request  the call whose answer the tree is (the last page's), for the error
     * @param status   its HTTP status
     * @param attempts the HTTP requests the error is to count: 0 when the caller counted them as it read the pages
     */
    public static <T> T model(SinchApiClient client, ApiRequest request, int status, int attempts, JsonNode tree,
                              Class<T> type) {
        try {
            return ModelJson.reader(type).readValue(tree);
        } catch (IOException e) {
            throw malformed(client, request, status, attempts, notExpected(e));
        }
    }

    /**
     * The error of a success body that cannot be used as the contract says, for checks beyond the JSON itself
     * (a list page's fields).
     *
     * @param why what is wrong, without quoting the body
     */
    public static ApiCallException malformed(SinchApiClient client, ApiRequest request, int status, int attempts,
                                             String why) {
        return ApiCallException.builder(ErrorKind.SERVER, request.operationId(), client.sanitizedUri(request))
                .operation(request.displayName())
                .httpStatus(status)
                .attempts(attempts)
                .errorMessage(why)
                .build();
    }

    private static String notExpected(IOException e) {
        return "the body is not the expected JSON (" + e.getClass().getSimpleName() + ")";
    }
}
