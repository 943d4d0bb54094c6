package io.github.camelsinch.provisioning.simulator.lifecycle;

import io.github.camelsinch.provisioning.simulator.state.Ids;

import java.util.Locale;

/**
 * Decides how reviews end. A resource whose name contains the reject marker (default {@code reject}) is always
 * rejected, so examples and tests can ask for the unhappy path; otherwise rejection happens with the configured
 * probability, drawn from the seeded source so a seed reproduces a run.
 */
public final class Outcomes {

    private final String marker;
    private final double rejectionRate;
    private final Ids random;

    public Outcomes(String marker, double rejectionRate, Ids random) {
        this.marker = marker == null ? "" : marker.toLowerCase(Locale.ROOT);
        this.rejectionRate = rejectionRate;
        this.random = random;
    }

    public boolean rejects(String label) {
        if (!marker.isEmpty() && label != null && label.toLowerCase(Locale.ROOT).contains(marker)) {
            return true;
        }
        return rejectionRate > 0 && random.nextDouble() < rejectionRate;
    }
}
