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
package io.github.camelsinch.provisioning.metrics;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.CallListener;
import io.github.camelsinch.provisioning.client.CallOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code sinch.prov.calls}: one timer per api, operation and outcome, created on the first call that needs it. The
 * api and operation come from the catalogue by operationId, so no value of a request (an id, a URL) can become a
 * tag; an operationId the catalogue does not know is tagged {@code other}.
 */
final class CallTimers implements CallListener {

    private static final String OTHER = "other";
    private static final Map<String, ApiOperation> BY_OPERATION_ID = OperationCatalog.get().operations().stream()
            .collect(Collectors.toUnmodifiableMap(ApiOperation::operationId, Function.identity(), (a, b) -> a));

    private record Key(String operationId, CallOutcome outcome) {
    }

    private final MeterRegistry registry;
    private final Tags commonTags;
    private final MeterGroup group;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();
    /** Set once the meters are removed: a call still ending then must not register them again. */
    private volatile boolean closed;

    CallTimers(MeterRegistry registry, Tags commonTags, MeterGroup group) {
        this.registry = registry;
        this.commonTags = commonTags;
        this.group = group;
    }

    @Override
    public void callEnded(String operationId, CallOutcome outcome, long durationNanos) {
        Key key = new Key(BY_OPERATION_ID.containsKey(operationId) ? operationId : OTHER, outcome);
        Timer timer = timers.get(key);
        if (timer == null) {
            if (closed) {
                return;
            }
            timer = timers.computeIfAbsent(key, this::register);
        }
        timer.record(durationNanos, TimeUnit.NANOSECONDS);
    }

    void close() {
        closed = true;
        timers.clear();
    }

    private Timer register(Key key) {
        ApiOperation operation = BY_OPERATION_ID.get(key.operationId());
        return group.add(Timer.builder(MeterNames.CALLS)
                .description("Sinch Provisioning API calls, from the first attempt to the outcome (retries and their"
                        + " waits included)")
                .tags(commonTags)
                .tag(MeterNames.TAG_API, operation == null ? OTHER : operation.api())
                .tag(MeterNames.TAG_OPERATION, operation == null ? OTHER : operation.name())
                .tag(MeterNames.TAG_OUTCOME, key.outcome().tagValue())
                .register(registry));
    }
}
