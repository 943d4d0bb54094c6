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
