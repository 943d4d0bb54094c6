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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.contract.PageSizeBounds;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Token pagination as the API does it: {@code pageSize} within the operation's documented bounds,
 * {@code pageToken} from a previous {@code nextPageToken}, and responses carrying {@code totalSize},
 * {@code pageSize}, {@code nextPageToken} and {@code previousPageToken}.
 *
 * <p>Tokens are opaque to clients (Base64url of an offset and the list size they were issued for); a token that
 * does not decode, or points past the end of the list, is answered with 400 {@code invalid_page_token}.
 */
public final class Pagination {

    private static final String TOKEN_PREFIX = "sim-page:";

    private Pagination() {
    }

    /** Parsed and validated paging parameters of one request. */
    public record PageRequest(int size, int offset) {
    }

    /** Validates {@code pageSize} and {@code pageToken} against the operation's bounds. */
    public static PageRequest parse(OperationSpec op, ServerRequest request) {
        PageSizeBounds bounds = op.pageSize().orElse(new PageSizeBounds(1, Integer.MAX_VALUE, Integer.MAX_VALUE));
        int size = bounds.defaultSize();
        String raw = request.query("pageSize").orElse(null);
        if (raw != null) {
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw PapiErrors.invalid("invalid_page_size", List.of("Page size must be numeric."));
            }
            if (value != Math.rint(value) || value < bounds.min() || value > bounds.max()) {
                throw PapiErrors.invalid("invalid_page_size",
                        List.of("pageSize must be a number between " + bounds.min() + " and " + bounds.max()));
            }
            size = (int) value;
        }
        int offset = request.query("pageToken").filter(t -> !t.isEmpty()).map(Pagination::decode).orElse(0);
        return new PageRequest(size, offset);
    }

    /**
     * One page of {@code items} under {@code listField}, with the paging fields the list DTOs require.
     * The items are copied, so callers may pass stored resource JSON.
     */
    public static ObjectNode page(OperationSpec op, ServerRequest request, List<? extends JsonNode> items,
                                  String listField) {
        PageRequest page = parse(op, request);
        if (page.offset() > items.size()) {
            throw PapiErrors.invalid("invalid_page_token", List.of("The page token does not match this list."));
        }
        int end = (int) Math.min((long) page.offset() + page.size(), items.size());
        ObjectNode body = Json.object();
        body.put("totalSize", items.size());
        body.put("pageSize", page.size());
        if (end < items.size()) {
            body.put("nextPageToken", encode(end));
        }
        if (page.offset() > 0) {
            body.put("previousPageToken", encode(Math.max(0, page.offset() - page.size())));
        }
        ArrayNode list = body.putArray(listField);
        for (JsonNode item : items.subList(page.offset(), end)) {
            list.add(item.deepCopy());
        }
        return body;
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the documented error
        }
        throw PapiErrors.invalid("invalid_page_token", List.of("The page token is not valid."));
    }
}
