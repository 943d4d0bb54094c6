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
