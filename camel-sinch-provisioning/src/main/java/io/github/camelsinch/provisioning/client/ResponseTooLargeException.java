package io.github.camelsinch.provisioning.client;

import java.io.IOException;

/**
 * A response body grew past {@code maxResponseSize} (counted after decompression). Reading stopped there and the
 * connection was discarded, so the rest of the body is never buffered nor drained.
 */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final long limit;

    ResponseTooLargeException(int statusCode, long limit) {
        super("response body larger than maxResponseSize (" + limit + " bytes)");
        this.statusCode = statusCode;
        this.limit = limit;
    }

    int statusCode() {
        return statusCode;
    }

    long limit() {
        return limit;
    }
}
