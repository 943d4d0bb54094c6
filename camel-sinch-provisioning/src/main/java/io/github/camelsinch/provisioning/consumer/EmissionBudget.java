package io.github.camelsinch.provisioning.consumer;

/**
 * How many more changes one poll may emit ({@code maxMessagesPerPoll}). Changes over the budget are not emitted
 * and not stored, so the next poll detects and emits them again.
 */
final class EmissionBudget {

    private int remaining;
    private int deferred;

    /** @param max the most changes per poll; 0 or less for no limit */
    EmissionBudget(int max) {
        this.remaining = max > 0 ? max : Integer.MAX_VALUE;
    }

    boolean take() {
        if (remaining > 0) {
            remaining--;
            return true;
        }
        deferred++;
        return false;
    }

    /** Changes seen but left for a later poll. */
    int deferred() {
        return deferred;
    }
}
