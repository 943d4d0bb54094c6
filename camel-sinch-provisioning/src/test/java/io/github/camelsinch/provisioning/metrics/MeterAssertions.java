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

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads the component's meters out of a registry by name and tags, failing with what is there instead. */
public final class MeterAssertions {

    /** What a low-cardinality tag value looks like: a short word, never a path, URL, id with slashes or token. */
    private static final Pattern TAG_VALUE = Pattern.compile("[a-z0-9_-]{1,40}|[A-Za-z0-9_.-]{1,40}");

    private MeterAssertions() {
    }

    public static double counter(MeterRegistry registry, String name, String... tags) {
        return meter(registry, FunctionCounter.class, name, tags).count();
    }

    public static double gauge(MeterRegistry registry, String name, String... tags) {
        return meter(registry, Gauge.class, name, tags).value();
    }

    public static double seconds(MeterRegistry registry, String name, String... tags) {
        return meter(registry, TimeGauge.class, name, tags).value(TimeUnit.SECONDS);
    }

    public static long timerCount(MeterRegistry registry, String name, String... tags) {
        return meter(registry, Timer.class, name, tags).count();
    }

    public static FunctionTimer functionTimer(MeterRegistry registry, String name, String... tags) {
        return meter(registry, FunctionTimer.class, name, tags);
    }

    /** The sum of the counts of every {@code sinch.prov.calls} timer. */
    public static long callCount(MeterRegistry registry) {
        return registry.find(MeterNames.CALLS).timers().stream().mapToLong(Timer::count).sum();
    }

    public static <M extends Meter> M meter(MeterRegistry registry, Class<M> type, String name, String... tags) {
        Meter meter = registry.find(name).tags(tags).meter();
        if (meter == null) {
            fail("No meter " + name + " " + List.of(tags) + " among " + describe(registry));
        }
        assertTrue(type.isInstance(meter), name + " is a " + meter.getClass().getSimpleName() + ", not a "
                + type.getSimpleName());
        return type.cast(meter);
    }

    /** No meter of the component is left in the registry. */
    public static void assertNoSinchMeters(MeterRegistry registry, String prefix) {
        List<String> left = registry.getMeters().stream().map(m -> m.getId().getName())
                .filter(n -> n.startsWith(prefix)).toList();
        assertEquals(List.of(), left, "meters left behind");
    }

    /**
     * Every meter of the component has a name listed in {@link MeterNames#ALL} and only short word-like tag values,
     * none of which contains any of {@code forbidden} (ids, the project, secrets, the simulator's host).
     */
    public static void assertLowCardinality(MeterRegistry registry, String... forbidden) {
        List<Meter> meters = registry.getMeters().stream()
                .filter(m -> m.getId().getName().startsWith("sinch.prov.")).toList();
        assertFalse(meters.isEmpty(), "no sinch.prov meter at all");
        for (Meter meter : meters) {
            assertTrue(MeterNames.ALL.contains(meter.getId().getName()), meter.getId() + " is not in MeterNames.ALL");
            for (Tag tag : meter.getId().getTags()) {
                assertNotNull(tag.getValue());
                assertTrue(TAG_VALUE.matcher(tag.getValue()).matches(), meter.getId() + ": tag value " + tag);
                for (String value : forbidden) {
                    assertFalse(tag.getValue().contains(value), meter.getId() + ": tag " + tag + " holds " + value);
                }
            }
        }
    }

    private static String describe(MeterRegistry registry) {
        return registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("sinch.prov."))
                .map(m -> m.getId().getName() + m.getId().getTags()).sorted().toList().toString();
    }
}
