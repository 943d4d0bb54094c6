package io.github.camelsinch.provisioning.simulator.api;

import io.github.camelsinch.provisioning.simulator.http.ServerResponse;

/** The implementation of one operation, called with the project lock held. */
@FunctionalInterface
public interface OperationHandler {

    ServerResponse handle(Call call);
}
