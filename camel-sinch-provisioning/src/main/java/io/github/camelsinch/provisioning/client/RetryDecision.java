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

import java.time.Duration;

/**
 * What {@link RetryPolicy} decided after one failed attempt.
 *
 * @param retry              whether to send the request again
 * @param delay              how long to wait before that (zero when not retrying)
 * @param retryAfter         the server's Retry-After, when it sent one (carried into the exception)
 * @param retryAfterTooLong  the server asked for a wait above the cap: fail now as {@link ErrorKind#RATE_LIMIT}
 */
record RetryDecision(boolean retry, Duration delay, Duration retryAfter, boolean retryAfterTooLong) {

    static RetryDecision retryIn(Duration delay, Duration retryAfter) {
        return new RetryDecision(true, delay, retryAfter, false);
    }

    static RetryDecision giveUp(Duration retryAfter) {
        return new RetryDecision(false, Duration.ZERO, retryAfter, false);
    }

    static RetryDecision retryAfterExceedsCap(Duration retryAfter) {
        return new RetryDecision(false, Duration.ZERO, retryAfter, true);
    }
}
