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
package io.github.camelsinch.provisioning.apply;

/** What the plan says about one resource. */
public enum ActionType {
    /** Declared, not in the project: it is created. */
    CREATE,
    /** Declared and in the project with different declared fields: it is changed ({@code changedFields}). */
    UPDATE,
    /** In the project, not declared, and {@code prune=true}: it is deleted. */
    DELETE,
    /** Declared and in the project as declared: nothing to do. */
    UNCHANGED,
    /** Declared and different, but the API would refuse the change now ({@code reason} says why): not sent. */
    CANNOT_APPLY,
    /** In the project, not declared, and {@code prune=false}: reported, left alone. */
    EXTRA;

    /** Whether the action writes to the API. */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
