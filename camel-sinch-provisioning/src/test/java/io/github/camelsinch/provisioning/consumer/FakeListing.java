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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.client.StubServer;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list operation played by the {@link StubServer}: a mutable, ordered set of items served in pages as the API
 * does ({@code pageSize}, {@code pageToken} -> {@code nextPageToken}). Tests change items between polls and can make
 * one page request fail.
 */
final class FakeListing {

    private final String path;
    private final String itemsField;
    private final Map<String, JsonNode> items = new LinkedHashMap<>(); // guarded by this
    private final Map<Integer, Deque<StubResponse>> failures = new HashMap<>(); // by page number; guarded

    private FakeListing(String path, String itemsField) {
        this.path = path;
        this.itemsField = itemsField;
    }

    static FakeListing serve(StubServer server, String path, String itemsField) {
        FakeListing listing = new FakeListing(path, itemsField);
        server.always("GET", path, listing::respond);
        return listing;
    }

    synchronized FakeListing put(String id, String json) {
        try {
            items.put(id, ModelJson.mapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    synchronized FakeListing remove(String id) {
        items.remove(id);
        return this;
    }

    /** The next {@code times} requests for page {@code pageNumber} (1-based) get this answer instead. */
    synchronized FakeListing failPage(int pageNumber, int times, StubResponse response) {
        Deque<StubResponse> queue = failures.computeIfAbsent(pageNumber, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(response);
        }
        return this;
    }

    String path() {
        return path;
    }

    private synchronized StubResponse respond(StubRequest request) {
        if (!request.path().equals(path)) {
            return StubResponse.papiError(404, "not_found", "no such resource", "none");
        }
        Map<String, String> query = query(request.rawQuery());
        int size = Integer.parseInt(query.getOrDefault("pageSize", "50"));
        int offset = query.containsKey("pageToken") ? Integer.parseInt(query.get("pageToken").substring(1)) : 0;
        StubResponse failure = failures.getOrDefault(offset / size + 1, new ArrayDeque<>()).poll();
        if (failure != null) {
            return failure;
        }
        List<JsonNode> all = new ArrayList<>(items.values());
        ObjectNode page = ModelJson.mapper().createObjectNode();
        page.put("totalSize", all.size());
        ArrayNode array = page.putArray(itemsField);
        all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())).forEach(array::add);
        page.put("pageSize", array.size());
        if (offset + size < all.size()) {
            page.put("nextPageToken", "o" + (offset + size));
        }
        return StubResponse.json(200, page.toString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }
}
