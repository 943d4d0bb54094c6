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
