package io.github.camelsinch.provisioning.simulator.http;

/** Handles one matched API operation. Errors are thrown as {@link ApiException}. */
@FunctionalInterface
public interface RouteHandler {

    ServerResponse handle(ServerRequest request);
}
