package io.github.camelsinch.provisioning.paging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.client.ApiRequest;

/**
 * One checked page of a list, as {@link PageWalker} hands it over.
 *
 * @param number        1 for the first page read
 * @param body          the whole page as the API sent it
 * @param items         its items (empty for a page that declared itself empty without the field)
 * @param nextPageToken the token of the next page; null on the last page
 * @param request       the call that read it, for errors about it ({@code SinchApiClient#sanitizedUri})
 * @param status        the HTTP status of the page
 * @param attempts      the HTTP requests the page took (retries included)
 */
public record Page(int number, ObjectNode body, ArrayNode items, String nextPageToken, ApiRequest request,
                   int status, int attempts) {
}
