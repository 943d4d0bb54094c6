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

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.List;

/** The meters of one bind call, removed together: a stopped consumer or component leaves nothing registered. */
final class MeterGroup implements SinchMeters.Registration {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private final List<Runnable> onRemove = new ArrayList<>();

    MeterGroup(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized <M extends Meter> M add(M meter) {
        meters.add(meter);
        return meter;
    }

    /** Runs before the meters are removed, e.g. to detach a listener that would register more. */
    synchronized void onRemove(Runnable action) {
        onRemove.add(action);
    }

    @Override
    public synchronized void remove() {
        onRemove.forEach(Runnable::run);
        onRemove.clear();
        meters.forEach(registry::remove);
        meters.clear();
    }
}
