package io.github.camelsinch.provisioning.simulator.api;

import io.github.camelsinch.provisioning.simulator.http.ApiResponse;

/** The implementation of one operation, called with the project lock held. */
@FunctionalInterface
public interface OperationHandler {

    ApiResponse handle(Call call);
}
