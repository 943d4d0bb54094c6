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
package io.github.camelsinch.provisioning.producer;

import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.client.ClientMetrics;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

import java.time.Instant;
import java.util.Map;

/**
 * The health of the calls of one {@code sinch-prov} endpoint, in Camel's "producers" health-check repository.
 * <ul>
 * <li>DOWN after a call failed to authenticate, until a call succeeds: wrong or revoked credentials do not heal by
 * waiting, so both readiness and liveness say so.</li>
 * <li>During a rate-limit pause (a 429 on any endpoint of the component: the quota is the project's) DOWN for
 * readiness but UP for liveness, so an orchestrator stops routing work here without restarting a process that only
 * waits for its quota.</li>
 * <li>UP otherwise, including before the first call.</li>
 * </ul>
 * Details name the endpoint by its sanitized URI, never with a secret.
 */
final class ProducerHealthCheck implements HealthCheck {

    static final String LAST_STATUS = "last.status";
    static final String CALLS = "calls";
    static final String RETRIES = "retries";
    static final String AUTH_FAILURES = "auth.failures";
    static final String RATE_LIMIT_HITS = "rate.limit.hits";
    static final String RATE_LIMITED_UNTIL = "rate.limited.until";

    private final SinchProvisioningEndpoint endpoint;
    private final String sanitizedUri;
    private final String id;
    private volatile boolean enabled = true;

    ProducerHealthCheck(SinchProvisioningEndpoint endpoint) {
        this.endpoint = endpoint;
        this.sanitizedUri = URISupport.sanitizeUri(endpoint.getEndpointUri());
        // One check per endpoint: producers of the same endpoint share its client, and equal ids collapse into one.
        this.id = "producer:" + sanitizedUri;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Kind kind = (Kind) options.getOrDefault(CHECK_KIND, Kind.ALL);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail(ENDPOINT_URI, sanitizedUri)
                .detail(CHECK_KIND, kind);
        if (!enabled) {
            return builder.detail(CHECK_ENABLED, false).message("Disabled").unknown().build();
        }
        SinchApiClient client;
        try {
            client = endpoint.client();
        } catch (IllegalStateException notStarted) {
            return builder.message("Endpoint not started").unknown().build();
        }
        ClientMetrics own = client.metrics();
        builder.detail(LAST_STATUS, own.lastStatus())
                .detail(CALLS, own.calls())
                .detail(RETRIES, own.retries())
                .detail(AUTH_FAILURES, own.authFailures())
                .detail(RATE_LIMIT_HITS, own.rateLimitHits());
        if (own.lastStatus() > 0) {
            builder.detail(HTTP_RESPONSE_CODE, own.lastStatus());
        }
        ClientMetrics.LastFailure failure = own.lastFailure();
        if (failure != null) {
            builder.detail("last.error.kind", failure.kind().name())
                    .detail("last.error.http.status", failure.httpStatus())
                    .detail("last.error.at", failure.at().toString());
            if (failure.errorCode() != null) {
                builder.detail("last.error.code", failure.errorCode());
            }
        }
        if (own.authenticationFailing()) {
            return builder.message("Authentication with the Sinch Provisioning API failed for " + sanitizedUri
                    + " (last HTTP status " + own.lastStatus() + "); DOWN until a call succeeds")
                    .down().build();
        }
        if (failure != null && failure.tokenRequest() && failure.kind() != ErrorKind.AUTHENTICATION) {
            // The token server is down: no call can succeed now, but the credentials are not proven wrong and a
            // restart would not help, so liveness stays UP.
            builder.message("No access token: the token endpoint failed with " + failure.kind() + " (HTTP "
                    + failure.httpStatus() + ") at " + failure.at() + " (" + sanitizedUri + ")");
            return (kind == Kind.LIVENESS ? builder.up() : builder.down()).build();
        }
        Instant until = client.transport().metrics().lastRateLimitUntil();
        if (until != null && client.transport().clock().instant().isBefore(until)) {
            builder.detail(RATE_LIMITED_UNTIL, until.toString())
                    .message("Rate limited by the Sinch Provisioning API until " + until + " (" + sanitizedUri + ")");
            return (kind == Kind.LIVENESS ? builder.up() : builder.down()).build();
        }
        return builder.up().build();
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProducerHealthCheck other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
