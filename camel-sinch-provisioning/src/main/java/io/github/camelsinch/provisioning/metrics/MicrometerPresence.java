package io.github.camelsinch.provisioning.metrics;

/** Whether Micrometer can be loaded: decided once, without loading any class of this package that refers to it. */
final class MicrometerPresence {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private static final boolean PRESENT = load();

    private MicrometerPresence() {
    }

    static boolean isPresent() {
        return PRESENT;
    }

    private static boolean load() {
        try {
            Class.forName(METER_REGISTRY, false, MicrometerPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
