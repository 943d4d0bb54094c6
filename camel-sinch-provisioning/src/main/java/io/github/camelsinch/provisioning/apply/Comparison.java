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

import java.util.List;

/** What a declared resource's rules found when comparing it with the resource in the project. */
record Comparison(ActionType type, List<String> changedFields, String reason) {

    static Comparison unchanged() {
        return new Comparison(ActionType.UNCHANGED, List.of(), null);
    }

    static Comparison update(List<String> fields) {
        return new Comparison(ActionType.UPDATE, fields, null);
    }

    static Comparison cannotApply(String reason) {
        return new Comparison(ActionType.CANNOT_APPLY, List.of(), reason);
    }
}
