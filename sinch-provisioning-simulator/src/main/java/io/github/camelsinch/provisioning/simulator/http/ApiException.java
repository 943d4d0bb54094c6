package io.github.camelsinch.provisioning.simulator.http;

/**
 * Ends the handling of a request with a prepared error response (normally a PAPI error body). Thrown by handlers
 * and validators; the {@link SimulatorHandler} turns it into the response. No stack trace: it is control flow.
 */
public final class ApiException extends RuntimeException {

    private final transient ServerResponse response;

    public ApiException(ServerResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ServerResponse response() {
        return response;
    }
}
