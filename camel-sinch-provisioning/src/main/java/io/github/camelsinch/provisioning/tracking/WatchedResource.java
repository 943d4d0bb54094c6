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
package io.github.camelsinch.provisioning.tracking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one watchable operation is read: where its items are, what identifies an item, which fields are its status.
 *
 * @param uriPath       {@code api/operation}
 * @param itemType      the model of one item: the body of the exchanges
 * @param itemsField    the array of a list page (e.g. {@code senders}); null when the operation returns one resource
 * @param idSource      where the resource id comes from
 * @param idFields      with {@link IdSource#ITEM_FIELDS}: the item fields that together identify it, joined by '/'
 * @param statusFields  the status field paths, main status first
 * @param modifiedField the last-modified field, or null when the resource has none
 */
public record WatchedResource(String uriPath, Class<?> itemType, String itemsField, IdSource idSource,
                              List<String> idFields, List<String> statusFields, String modifiedField) {

    /** Where a resource's id comes from. */
    public enum IdSource {
        /** Fields of the item (a list operation). */
        ITEM_FIELDS,
        /** The project id: the project has exactly one such resource. */
        PROJECT_ID,
        /** The conversationAppId the channel belongs to. */
        CONVERSATION_APP_ID
    }

    /**
     * Compiled once per path (every resource of every poll looks up the same few): the paths are the status, id and
     * modified fields of the eleven watched kinds and the configured watchFields, so the map stays small.
     */
    private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

    public WatchedResource {
        idFields = List.copyOf(idFields);
        statusFields = List.copyOf(statusFields);
    }

    public boolean isList() {
        return itemsField != null;
    }

    /** The id of a list item, or null when one of its id fields is missing (such an item cannot be tracked). */
    public String idOf(JsonNode item) {
        if (idFields.size() == 1) {
            JsonNode value = at(item, idFields.get(0));
            return !value.isValueNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
        }
        StringJoiner id = new StringJoiner("/");
        for (String field : idFields) {
            JsonNode value = at(item, field);
            if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
                return null;
            }
            id.add(value.asText());
        }
        return id.toString();
    }

    public ResourceSnapshot snapshot(String id, JsonNode item, List<String> watchFields) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String path : statusFields) {
            statuses.put(path, text(at(item, path)));
        }
        Map<String, String> watched = new LinkedHashMap<>();
        for (String path : watchFields) {
            watched.put(path, FieldHash.of(at(item, path)));
        }
        String modified = modifiedField == null ? null : text(at(item, modifiedField));
        return new ResourceSnapshot(id, statuses, modified, watched, item);
    }

    /** The node at a dotted path ({@code changes.status}, {@code analytics.0.sent}); a missing node when absent. */
    static JsonNode at(JsonNode item, String path) {
        return item.at(POINTERS.computeIfAbsent(path, WatchedResource::pointer));
    }

    private static JsonPointer pointer(String dottedPath) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : dottedPath.split("\\.")) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(pointer.toString());
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
