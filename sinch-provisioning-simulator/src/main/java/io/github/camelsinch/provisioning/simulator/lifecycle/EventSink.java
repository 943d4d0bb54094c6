package io.github.camelsinch.provisioning.simulator.lifecycle;

/** Receives events as they happen; the webhook dispatcher is the production sink. */
@FunctionalInterface
public interface EventSink {

    /** Called while the project lock is held; implementations must hand slow work to another thread. */
    void publish(Event event);
}
