package io.github.camelsinch.provisioning.simulator.api;

import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.http.Route;
import io.github.camelsinch.provisioning.simulator.http.Router;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds handlers to contract operations by operationId. Method and path come from the contract, so a handler
 * cannot drift from the documented route; every call is checked by the {@link OperationGuard} and then runs
 * under its project's lock.
 */
public final class ApiRoutes {

    private final ApiContext ctx;
    private final Router router;
    private final OperationGuard guard;
    private final Set<String> bound = new LinkedHashSet<>();

    public ApiRoutes(ApiContext ctx, Router router) {
        this.ctx = ctx;
        this.router = router;
        this.guard = new OperationGuard(ctx.shapes());
    }

    public void bind(String operationId, OperationHandler handler) {
        OperationSpec op = ctx.shapes().contract().operation(operationId);
        if (!bound.add(operationId)) {
            throw new IllegalStateException("Bound twice: " + operationId);
        }
        router.add(new Route(op.method(), op.pathTemplate(), operationId, request -> {
            // Like the API, a project the key may not use is refused before the request is validated.
            ctx.projects().admit(request.pathParam("projectId"));
            guard.check(op, request);
            ProjectState project = ctx.store().project(request.pathParam("projectId"));
            synchronized (project) {
                return handler.handle(new Call(request, op, project));
            }
        }));
    }

    /** Operations of the contract that no handler serves; empty once every tag API is registered. */
    public List<String> unbound() {
        return ctx.shapes().contract().operations().stream()
                .map(OperationSpec::operationId)
                .filter(id -> !bound.contains(id))
                .toList();
    }
}
