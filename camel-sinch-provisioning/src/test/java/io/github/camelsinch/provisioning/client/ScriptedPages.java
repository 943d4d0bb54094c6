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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A list operation played page by page for the paging tests, as a {@link StubServer} responder: the body of each
 * page by the {@code pageToken} it answers ({@code ""} for the first page), or, once {@link #endless} is set, a
 * hostile server that answers every page with a new item and a new token ({@code e1}, {@code e2}, ...) forever.
 * A token it does not know gets the API's 400 {@code invalid_page_token}.
 */
public final class ScriptedPages implements StubServer.Responder {

    private static final String ENDLESS_PREFIX = "e";

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<String> tokensSent = new CopyOnWriteArrayList<>();
    private volatile String endlessField;
    private volatile IntFunction<String> endlessItem;

    /** Answers the page with this token (first page: {@code ""}) with this JSON body. */
    public ScriptedPages page(String token, String json) {
        bodies.put(token, json);
        return this;
    }

    /** Forgets every page: the next listing is scripted anew. */
    public ScriptedPages clear() {
        bodies.clear();
        endlessField = null;
        return this;
    }

    /**
     * From now on the first page and every {@code e<n>} token are answered with one item ({@code item.apply(n)})
     * under {@code itemsField} and the next token {@code e<n+1>}: a listing that never ends.
     */
    public ScriptedPages endless(String itemsField, IntFunction<String> item) {
        endlessItem = item;
        endlessField = itemsField;
        return this;
    }

    /** The page tokens of the requests received, in order ({@code ""} for a request without one). */
    public List<String> tokensSent() {
        return List.copyOf(tokensSent);
    }

    /** The body of a page that lists these item JSONs under {@code itemsField}, with an optional next token. */
    public static String body(String itemsField, String nextToken, Integer totalSize, String... items) {
        return "{" + (totalSize == null ? "" : "\"totalSize\":" + totalSize + ",")
                + "\"" + itemsField + "\":[" + String.join(",", items) + "]"
                + (nextToken == null ? "" : ",\"nextPageToken\":\"" + nextToken + "\"") + "}";
    }

    @Override
    public StubResponse respond(StubRequest request) {
        String token = pageToken(request.rawQuery());
        tokensSent.add(token);
        String field = endlessField;
        if (field != null && (token.isEmpty() || token.startsWith(ENDLESS_PREFIX))) {
            int n = token.isEmpty() ? 0 : Integer.parseInt(token.substring(ENDLESS_PREFIX.length()));
            return StubResponse.json(200, body(field, ENDLESS_PREFIX + (n + 1), null, endlessItem.apply(n)));
        }
        String body = bodies.get(token);
        return body == null ? StubResponse.papiError(400, "invalid_page_token", "unknown page token", "none")
                : StubResponse.json(200, body);
    }

    private static String pageToken(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("pageToken=")) {
                    return URLDecoder.decode(pair.substring("pageToken=".length()), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
