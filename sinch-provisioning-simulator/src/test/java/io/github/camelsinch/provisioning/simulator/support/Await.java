package io.github.camelsinch.provisioning.simulator.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition by polling, failing after a timeout; tests never sleep a fixed time. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T current = value.get();
        while (!condition.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + current);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            current = value.get();
        }
        return current;
    }
}
