/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
