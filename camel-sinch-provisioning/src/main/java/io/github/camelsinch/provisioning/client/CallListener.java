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
package io.github.camelsinch.provisioning.client;

/**
 * Told about every API call of a transport when it ends, e.g. to time calls per operation. Called on the calling
 * thread after the call's outcome is known: it must be quick and must not throw.
 */
@FunctionalInterface
public interface CallListener {

    /**
     * @param operationId   the contract's operationId of the call
     * @param outcome       how it ended
     * @param durationNanos from the start of the call to its end, retries and their waits included
     */
    void callEnded(String operationId, CallOutcome outcome, long durationNanos);
}
