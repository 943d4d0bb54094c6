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
package io.github.camelsinch.provisioning.model.support;

import java.math.BigDecimal;

/**
 * A page of a list operation: every list response of the contract has a next page token and a total size. The
 * generator marks those models with it, so a page's paging headers come from the model it was read into instead of
 * a second, tree-shaped read of the same bytes.
 */
public interface ListPage {

    /** The token of the next page; null or empty on the last page. */
    String getNextPageToken();

    /** The number of items of the whole list, when the API reports it. */
    BigDecimal getTotalSize();
}
