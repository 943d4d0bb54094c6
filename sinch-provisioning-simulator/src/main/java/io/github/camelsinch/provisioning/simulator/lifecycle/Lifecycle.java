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
package io.github.camelsinch.provisioning.simulator.lifecycle;

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Optional;

/**
 * The state machine of one resource kind. A lifecycle only says what a stage looks like and what comes next; the
 * {@link LifecycleEngine} decides when, using the simulator clock.
 */
public interface Lifecycle {

    ResourceKind kind();

    /** The stages in documentation order. */
    List<Stage> stages();

    /**
     * The stage that follows {@code stage} automatically, decided when the resource enters {@code stage}, or empty
     * when the resource then waits for a client call (register, verify, launch, an update) or is final.
     */
    Optional<String> next(StoredResource resource, String stage, Outcomes outcomes);

    /** Changes the resource JSON to show {@code stage}, records activities and emits webhook triggers. */
    void enter(String stage, Transition transition);

    default boolean hasStage(String name) {
        return stages().stream().anyMatch(s -> s.name().equals(name));
    }
}
