package io.github.camelsinch.provisioning.client;

/**
 * Told about every API call of a transport when it ends, e.g. to time calls per operation. Called on the calling
 * thread after the call's outcome is known: it must be quick and must not throw.
 */
@FunctionalInterface
public interface CallListener {

    /**
     * @param operationId   the contract's operationId of the call
     * @param outcome       how it ended
     * @param durationNanos from the start of the call to its end, retries and their waits included
     */
    void callEnded(String operationId, CallOutcome outcome, long durationNanos);
}
