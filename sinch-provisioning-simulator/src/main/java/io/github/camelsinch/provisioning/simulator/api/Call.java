package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.http.ServerRequest;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;

/**
 * One API call being handled: the request, the operation it matched and the project it addresses
 * (whose lock is held for the whole call).
 */
public record Call(ServerRequest request, OperationSpec operation, ProjectState project) {

    public String path(String name) {
        return request.pathParam(name);
    }

    public JsonNode body() {
        return request.json();
    }

    public String projectId() {
        return project.projectId();
    }
}
