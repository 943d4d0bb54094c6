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

import io.github.camelsinch.provisioning.client.ApiCallException;

/**
 * How a {@link PageWalker} walk ended. Only a COMPLETE walk saw the whole list: a caller must not conclude that
 * something is absent from any other.
 *
 * @param pages         the pages handed over
 * @param items         their items
 * @param nextPageToken where the list goes on: the token not followed for a cap or a stop (null when stopped before
 *                      the first page without a start token), the token of the failed request for a failure; null
 *                      when complete
 * @param failure       the API error or malformed page of a FAILED walk, else null
 */
public record WalkResult(Ending ending, int pages, int items, String nextPageToken, ApiCallException failure) {

    /** Why the walk ended. */
    public enum Ending {
        /** A page without a next token was read: the walk saw the whole list. */
        COMPLETE,
        /** The page cap was reached with more pages to read. */
        PAGE_CAP,
        /** The item cap was reached with more pages to read. */
        ITEM_CAP,
        /** The caller said to stop (shutting down, or it has what it needed). */
        STOPPED,
        /** A request failed or a page was malformed; see {@link #failure()}. */
        FAILED
    }

    public boolean complete() {
        return ending == Ending.COMPLETE;
    }

    public boolean capped() {
        return ending == Ending.PAGE_CAP || ending == Ending.ITEM_CAP;
    }

    /** This result, unless the walk failed: then its failure is thrown. */
    public WalkResult orThrow() {
        if (failure != null) {
            throw failure;
        }
        return this;
    }
}
