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
