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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.model.support.ModelObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The desired state of an apply, from the message body: a collection (or array) whose elements are models, Maps,
 * JsonNodes, JSON text or {@link DesiredDocument}s; or JSON text (String, bytes, stream) holding an array. One
 * object alone is refused rather than read as "the whole desired state": with prune it would delete everything
 * else. Each element is checked against the contract ({@link DeclarationValidator}).
 */
final class DeclarationReader {

    private DeclarationReader() {
    }

    static List<Declaration> read(ResourceRules rules, Object body) {
        List<Declaration> out = new ArrayList<>();
        int i = 0;
        for (Object element : elements(rules, body)) {
            String source = element instanceof DesiredDocument d ? d.source() : "body[" + i + "]";
            JsonNode json = element instanceof DesiredDocument d ? d.content() : tree(rules, source, element);
            out.add(DeclarationValidator.validate(rules, source, json.deepCopy()));
            i++;
        }
        return out;
    }

    private static List<?> elements(ResourceRules rules, Object body) {
        if (body instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (body instanceof Object[] array) {
            return List.of(array);
        }
        if (body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
                || body instanceof JsonNode) {
            JsonNode json = tree(rules, "the body", body);
            if (json.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                json.forEach(items::add);
                return items;
            }
        }
        throw new IllegalArgumentException("sinch-prov:" + rules.api() + "/apply takes the desired state as a"
                + " collection of declarations (models, Maps, JsonNodes, JSON text or DesiredDocuments from"
                + " DesiredStateFiles.read) or a JSON array; got " + (body == null ? "no body"
                        : body instanceof JsonNode || body instanceof CharSequence || body instanceof byte[]
                                || body instanceof InputStream ? "JSON that is not an array"
                                        : body.getClass().getName()));
    }

    private static JsonNode tree(ResourceRules rules, String source, Object element) {
        try {
            if (element instanceof JsonNode node) {
                return node;
            }
            if (element instanceof ModelObject || element instanceof Map<?, ?>) {
                return ModelJson.mapper().valueToTree(element);
            }
            if (element instanceof CharSequence text) {
                return ModelJson.mapper().readTree(text.toString());
            }
            if (element instanceof byte[] bytes) {
                return ModelJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
            }
            if (element instanceof InputStream stream) {
                return ModelJson.mapper().readTree(stream);
            }
        } catch (JsonProcessingException e) {
            // The location only: the parser's message quotes the text, which may hold a secret.
            throw new IllegalArgumentException("Invalid " + rules.api() + " declaration in " + source
                    + ": not valid JSON (at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the " + rules.api() + " declaration in " + source, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + rules.api() + " declaration in " + source
                    + ": cannot be turned into JSON (" + e.getClass().getSimpleName() + ")");
        }
        throw new IllegalArgumentException("Invalid " + rules.api() + " declaration in " + source + ": "
                + (element == null ? "null" : element.getClass().getName()) + " is not a declaration (use a model,"
                + " a Map, a JsonNode or JSON text)");
    }
}
