package io.github.camelsinch.provisioning.simulator.state;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** All projects of one simulator instance, created on first use of a project id. */
public final class ResourceStore {

    private final ConcurrentMap<String, ProjectState> projects = new ConcurrentHashMap<>();

    public ProjectState project(String projectId) {
        return projects.computeIfAbsent(projectId, ProjectState::new);
    }

    public List<ProjectState> projects() {
        return List.copyOf(projects.values());
    }

    /** Forgets every project, as if the simulator had just started. */
    public void clear() {
        projects.clear();
    }
}
