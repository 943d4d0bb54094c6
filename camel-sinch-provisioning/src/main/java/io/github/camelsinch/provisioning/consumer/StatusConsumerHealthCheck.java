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
package io.github.camelsinch.provisioning.consumer;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;
import org.apache.camel.util.URISupport;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Camel's poll-consumer health check, plus the rate-limit pause: while paused the consumer skips its polls, which
 * Camel would count as healthy idle polls. Paused means not ready (DOWN for readiness) but alive (UP for liveness,
 * so an orchestrator does not restart a process that is only waiting for its quota).
 */
final class StatusConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    static final String RATE_LIMITED_UNTIL = "rate.limited.until";
    /** Stored state entries found unusable and replaced since the start; present once there was one. */
    static final String STATE_ENTRIES_DISCARDED = "state.entries.discarded";

    private final SinchProvisioningStatusConsumer consumer;
    private final String sanitizedUri;

    StatusConsumerHealthCheck(SinchProvisioningStatusConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
        this.sanitizedUri = URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri());
    }

    @Override
    public Result call(Map<String, Object> options) {
        Optional<Instant> until = consumer.rateLimitedUntil();
        if (until.isEmpty() || !isEnabled()) {
            return withDiscardedEntries(super.call(options));
        }
        Kind kind = (Kind) options.getOrDefault(CHECK_KIND, Kind.ALL);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail(ENDPOINT_URI, sanitizedUri)
                .detail(CHECK_KIND, kind)
                .detail(HTTP_RESPONSE_CODE, 429)
                .detail(RATE_LIMITED_UNTIL, until.get().toString())
                .message("Rate limited by the Sinch Provisioning API: polling of route " + consumer.getRouteId()
                        + " paused until " + until.get());
        discardedEntries().ifPresent(n -> builder.detail(STATE_ENTRIES_DISCARDED, n));
        return (kind == Kind.LIVENESS ? builder.up() : builder.down()).build();
    }

    /**
     * Repaired state does not make the consumer unhealthy (it polls on), but whoever watches the health details sees
     * that entries were lost and how many.
     */
    private Result withDiscardedEntries(Result result) {
        Optional<Long> discarded = discardedEntries();
        if (discarded.isEmpty()) {
            return result;
        }
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(result.getState())
                .details(result.getDetails()).detail(STATE_ENTRIES_DISCARDED, discarded.get());
        result.getMessage().ifPresent(builder::message);
        result.getError().ifPresent(builder::error);
        return builder.build();
    }

    private Optional<Long> discardedEntries() {
        long discarded = consumer.discardedStateEntries();
        return discarded == 0 ? Optional.empty() : Optional.of(discarded);
    }
}
