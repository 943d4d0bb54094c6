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
package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.RequestBodySpec;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.model.support.ModelObject;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the message body into the JSON request body: a model object, a {@code Map}, a Jackson {@code JsonNode}, or
 * JSON text as a String, bytes or a stream. The JSON must be an object that has the fields the contract requires.
 */
final class RequestBodyEncoder {

    private RequestBodyEncoder() {
    }

    /** The JSON bytes to send, or null when the operation takes no body (the message body is then ignored). */
    static byte[] encode(ApiOperation op, Message message) {
        RequestBodySpec spec = op.requestBody().orElse(null);
        if (spec == null) {
            return null;
        }
        Object body = fileContent(message);
        if (body instanceof ModelObject model) {
            // Checked and written as it is: a detour through a JSON tree would cost three times the work.
            RequiredFields.check(op, spec, model);
            return write(op, model);
        }
        JsonNode tree = toTree(op, spec, body);
        if (tree == null) {
            if (spec.required()) {
                throw new IllegalArgumentException(op.uriPath() + " requires a request body: " + validTypes(spec));
            }
            return null;
        }
        if (!tree.isObject()) {
            throw new IllegalArgumentException("The request body of " + op.uriPath() + " must be a JSON object, got "
                    + tree.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        RequiredFields.check(op, spec, tree);
        return write(op, tree);
    }

    private static byte[] write(ApiOperation op, Object json) {
        try {
            return ModelJson.writer(json.getClass()).writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the request body of " + op.uriPath(), e);
        }
    }

    /**
     * A file body (a {@code file:} consumer's message, a {@code File} or a {@code Path}) is read through Camel's type
     * converters, so {@code from("file:...").to("sinch-prov:...")} needs no conversion step; other bodies as they are.
     */
    private static Object fileContent(Message message) {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> || body instanceof File || body instanceof Path) {
            return message.getBody(byte[].class);
        }
        return body;
    }

    private static JsonNode toTree(ApiOperation op, RequestBodySpec spec, Object body) {
        ObjectMapper mapper = ModelJson.mapper();
        try {
            if (body == null) {
                return null;
            }
            if (body instanceof JsonNode node) {
                return node;
            }
            if (body instanceof Map<?, ?>) {
                return mapper.valueToTree(body);
            }
            if (body instanceof CharSequence text) {
                return text.toString().isBlank() ? null : mapper.readTree(text.toString());
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? null : mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
            }
            if (body instanceof InputStream stream) {
                byte[] bytes = stream.readAllBytes();
                return bytes.length == 0 ? null : mapper.readTree(bytes);
            }
        } catch (JsonProcessingException e) {
            // The location only: Jackson's own message quotes the body, which may hold a secret.
            throw new IllegalArgumentException("The request body of " + op.uriPath() + " is not valid JSON (at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the request body stream of " + op.uriPath(), e);
        }
        throw new IllegalArgumentException("Unsupported request body type " + body.getClass().getName() + " for "
                + op.uriPath() + ": " + validTypes(spec));
    }

    private static String validTypes(RequestBodySpec spec) {
        String model = spec.modelType() != null
                ? "a " + spec.modelType().getSimpleName() + " model, " : "a model of " + spec.schemaNames() + ", ";
        return "send " + model + "a Map, a JsonNode, or JSON text (String, byte[], InputStream or a file)";
    }
}
