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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the simulator does to a request that matches a {@link FaultRule}.
 *
 * @param type    the kind of fault
 * @param status  the HTTP status of a {@code RESPOND} or {@code MALFORMED_BODY} fault
 * @param headers extra response headers, e.g. {@code Retry-After}
 * @param body    response body; null lets the simulator write a PAPI error body for the status
 * @param delay   wait before answering (or before normal processing, for {@code DELAY})
 */
public record Fault(Type type, int status, Map<String, String> headers, String body, Duration delay) {

    /** The kinds of fault. */
    public enum Type {
        /** Answer with {@code status}, {@code headers} and {@code body} instead of the real response. */
        RESPOND,
        /** Wait {@code delay}, then process the request normally. */
        DELAY,
        /** Close the connection without any response. */
        DROP_CONNECTION,
        /** Answer with {@code status} and a JSON content type, but a body that is not valid JSON. */
        MALFORMED_BODY
    }

    public Fault {
        Objects.requireNonNull(type, "type");
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        delay = delay == null ? Duration.ZERO : delay;
    }

    /** Answer with this status and a PAPI error body. */
    public static Fault status(int status) {
        return new Fault(Type.RESPOND, status, Map.of(), null, Duration.ZERO);
    }

    /** 429 with {@code Retry-After} in whole seconds and a PAPI body. */
    public static Fault rateLimited(Duration retryAfter) {
        return status(429).withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    /** 503 with a PAPI body. */
    public static Fault unavailable() {
        return status(503);
    }

    public static Fault delay(Duration delay) {
        return new Fault(Type.DELAY, 0, Map.of(), null, delay);
    }

    public static Fault dropConnection() {
        return new Fault(Type.DROP_CONNECTION, 0, Map.of(), null, Duration.ZERO);
    }

    public static Fault malformedBody(int status) {
        return new Fault(Type.MALFORMED_BODY, status, Map.of(), null, Duration.ZERO);
    }

    public Fault withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Fault(type, status, copy, body, delay);
    }

    public Fault withBody(String body) {
        return new Fault(type, status, headers, body, delay);
    }

    /** The same fault after a delay (for RESPOND: a slow error; for DELAY: the delay itself). */
    public Fault after(Duration delay) {
        return new Fault(type, status, headers, body, delay);
    }
}
