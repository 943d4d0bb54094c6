package io.github.camelsinch.provisioning.client;

import java.net.SocketTimeoutException;

/**
 * An attempt got no complete response within its deadline ({@code attemptTimeout}, or what was left of
 * {@code callTimeout}) and was cancelled. Unlike the response timeout, which measures silence, this bounds a server
 * that keeps the connection busy by dripping bytes. A timeout like any other: idempotent methods retry it.
 */
final class AttemptTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    AttemptTimeoutException(long timeoutMillis) {
        super("no complete response within " + timeoutMillis + " ms (attempt deadline)");
    }
}
