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
package io.github.camelsinch.provisioning.simulator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Applies a {@link Fault} to the next {@code times} requests whose method and path match. Matching covers the API
 * and the token endpoint, never the control API.
 *
 * @param method    HTTP method to match, or null / {@code *} for any
 * @param pathRegex regular expression the whole request path must match, e.g. {@code /v1/projects/.+/webhooks}
 * @param times     how many matching requests get the fault
 * @param fault     what happens to them
 */
public record FaultRule(String method, String pathRegex, int times, Fault fault) {

    public FaultRule {
        Objects.requireNonNull(pathRegex, "pathRegex");
        Objects.requireNonNull(fault, "fault");
        Pattern.compile(pathRegex);
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }

    /** A rule for the next {@code times} requests of any method to paths matching {@code pathRegex}. */
    public static FaultRule on(String pathRegex, int times, Fault fault) {
        return new FaultRule(null, pathRegex, times, fault);
    }

    public static FaultRule on(String method, String pathRegex, int times, Fault fault) {
        return new FaultRule(method, pathRegex, times, fault);
    }
}
