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
package io.github.camelsinch.provisioning.consumer;

/**
 * How many more changes one poll may emit ({@code maxMessagesPerPoll}). Changes over the budget are not emitted
 * and not stored, so the next poll detects and emits them again.
 */
final class EmissionBudget {

    private int remaining;
    private int deferred;

    /** @param max the most changes per poll; 0 or less for no limit */
    EmissionBudget(int max) {
        this.remaining = max > 0 ? max : Integer.MAX_VALUE;
    }

    boolean take() {
        if (remaining > 0) {
            remaining--;
            return true;
        }
        deferred++;
        return false;
    }

    /** Changes seen but left for a later poll. */
    int deferred() {
        return deferred;
    }
}
