package io.github.camelsinch.provisioning.apply;

import io.github.camelsinch.provisioning.client.ApiCallException;

/**
 * Why a write failed, as the API said it: the HTTP status (0 when no response came), the PAPI {@code errorCode}
 * (may be null) and the client's message, which names the operation and the sanitized URL and holds no secret.
 */
public record ApplyError(int httpStatus, String errorCode, String message) {

    static ApplyError of(ApiCallException e) {
        return new ApplyError(e.httpStatus(), e.errorCode(), e.getMessage());
    }

    @Override
    public String toString() {
        return (httpStatus > 0 ? httpStatus + " " : "") + (errorCode == null ? "" : errorCode + ": ") + message;
    }
}
