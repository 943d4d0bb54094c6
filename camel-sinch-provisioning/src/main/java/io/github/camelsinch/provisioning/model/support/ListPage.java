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
