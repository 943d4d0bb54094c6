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

import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.client.CallOutcome;
import io.github.camelsinch.provisioning.client.ClientMetrics;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.consumer.ChangeType;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningStatusConsumer;
import io.github.camelsinch.provisioning.consumer.StatusConsumerMetrics.PollOutcome;
import io.github.camelsinch.provisioning.webhook.RejectionReason;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookConsumer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import org.apache.camel.CamelContext;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The meters, over the counters the JMX attributes and health checks read ({@code FunctionCounter}s and gauges), so
 * both agree by construction; only the call timer is fed by a listener. Every meter carries the Camel context's name
 * ({@code camelContext}), so two contexts in one JVM do not share a meter.
 */
final class MicrometerMeters implements SinchMeters {

    private static final String NONE_VALUE = "none";

    private final MeterRegistry registry;
    private final Tags contextTags;

    private MicrometerMeters(MeterRegistry registry, CamelContext context) {
        this.registry = registry;
        this.contextTags = Tags.of(MeterNames.TAG_CAMEL_CONTEXT, context.getName());
    }

    /** Meters in the given registry, or in the one found in the Camel registry; {@link #NONE} when there is none. */
    static SinchMeters create(CamelContext context, Object configured) {
        MeterRegistry registry = MeterRegistryLookup.find(context, configured);
        return registry == null ? NONE : new MicrometerMeters(registry, context);
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public Registration bindTransport(SinchHttpTransport transport) {
        MeterGroup group = new MeterGroup(registry);
        ClientMetrics metrics = transport.metrics();
        CallTimers timers = new CallTimers(registry, contextTags, group);
        metrics.setCallListener(timers);
        group.onRemove(() -> {
            metrics.setCallListener(null);
            timers.close();
        });
        counter(group, MeterNames.ATTEMPTS, "HTTP requests sent to the API: every attempt of every call", contextTags,
                metrics, ClientMetrics::attempts);
        counter(group, MeterNames.RETRIES, "Extra attempts after a retryable failure", contextTags, metrics,
                ClientMetrics::retries);
        counter(group, MeterNames.AUTH_FAILURES, "401 responses and failed token requests", contextTags, metrics,
                ClientMetrics::authFailures);
        gauge(group, MeterNames.AUTH_FAILING, "1 from an authentication failure until a call succeeds, else 0",
                contextTags, metrics, m -> m.authenticationFailing() ? 1 : 0);
        for (CallOutcome outcome : CallOutcome.values()) {
            counter(group, MeterNames.TOKEN_REQUESTS, "Requests to the OAuth2 token endpoint, by outcome",
                    contextTags.and(MeterNames.TAG_OUTCOME, outcome.tagValue()), metrics,
                    m -> m.tokenRequests(outcome));
        }
        counter(group, MeterNames.TOKEN_REFRESHES, "Access tokens obtained to replace an earlier one", contextTags,
                metrics, ClientMetrics::tokenRefreshes);
        counter(group, MeterNames.RATE_LIMIT_HITS, "429 responses of the API or the token endpoint", contextTags,
                metrics, ClientMetrics::rateLimitHits);
        gauge(group, MeterNames.RATE_LIMITED, "1 while the last 429 asks to hold off, else 0", contextTags, metrics,
                m -> rateLimited(m, transport.clock().instant()) ? 1 : 0);
        counter(group, MeterNames.RATE_LIMIT_PAUSES, "Waits after a 429 before the next attempt", contextTags,
                metrics, ClientMetrics::rateLimitWaits);
        group.add(FunctionCounter.builder(MeterNames.RATE_LIMIT_WAIT, metrics,
                m -> m.rateLimitWaitNanos() / 1e9)
                .description("Total time waited after 429s before the next attempt").baseUnit("seconds")
                .tags(contextTags).register(registry));
        return group;
    }

    private static boolean rateLimited(ClientMetrics metrics, Instant now) {
        Instant until = metrics.lastRateLimitUntil();
        return until != null && now.isBefore(until);
    }

    @Override
    public Registration bindStatusConsumer(SinchProvisioningStatusConsumer consumer) {
        MeterGroup group = new MeterGroup(registry);
        SinchProvisioningEndpoint endpoint = (SinchProvisioningEndpoint) consumer.getEndpoint();
        Tags tags = contextTags.and(MeterNames.TAG_ROUTE_ID, routeId(consumer.getRouteId()),
                MeterNames.TAG_API, endpoint.getApi(), MeterNames.TAG_OPERATION, endpoint.getOperation());
        // Read through the consumer each time: a test may swap its metrics for ones on a fake clock.
        for (PollOutcome outcome : PollOutcome.values()) {
            group.add(FunctionTimer.builder(MeterNames.CONSUMER_POLL, consumer,
                    c -> c.metrics().polls(outcome), c -> c.metrics().pollNanos(outcome),
                    TimeUnit.NANOSECONDS)
                    .description("Polls of the status consumer (reading and emitting), by outcome")
                    .tags(tags).tag(MeterNames.TAG_OUTCOME, outcome.tagValue()).register(registry));
        }
        gauge(group, MeterNames.CONSUMER_RESOURCES, "Resources the last complete poll saw", tags, consumer,
                c -> c.metrics().resources());
        for (ChangeType type : ChangeType.values()) {
            counter(group, MeterNames.CONSUMER_CHANGES, "Status changes handed to the route, by type",
                    tags.and(MeterNames.TAG_TYPE, type.name().toLowerCase(Locale.ROOT)), consumer,
                    c -> c.metrics().changes(type));
        }
        counter(group, MeterNames.CONSUMER_POLLS_SKIPPED, "Polls skipped, by reason",
                tags.and(MeterNames.TAG_REASON, "rate_limited"), consumer,
                SinchProvisioningStatusConsumer::skippedPolls);
        group.add(TimeGauge.builder(MeterNames.CONSUMER_LAST_COMPLETE_POLL_AGE, consumer, TimeUnit.MILLISECONDS,
                c -> c.sinceLastCompletePoll().toMillis())
                .description("Time since the last complete poll (or the consumer's start): grows while it stalls")
                .tags(tags).register(registry));
        counter(group, MeterNames.CONSUMER_RATE_LIMIT_PAUSES, "Polling pauses started by a 429", tags, consumer,
                c -> c.metrics().rateLimitPauses());
        group.add(FunctionCounter.builder(MeterNames.CONSUMER_RATE_LIMIT_WAIT, consumer,
                c -> c.metrics().rateLimitPauseNanos() / 1e9)
                .description("Total length of the polling pauses started by a 429").baseUnit("seconds")
                .tags(tags).register(registry));
        counter(group, MeterNames.CONSUMER_STATE_DISCARDED, "Stored state entries found unusable and replaced", tags,
                consumer, SinchProvisioningStatusConsumer::discardedStateEntries);
        return group;
    }

    @Override
    public Registration bindWebhookReceiver(SinchProvisioningWebhookConsumer receiver) {
        MeterGroup group = new MeterGroup(registry);
        Tags tags = contextTags.and(MeterNames.TAG_ROUTE_ID, routeId(receiver.getRouteId()));
        String description = "Callbacks received, by outcome (delivered, failed, superseded, refused) and reason";
        callbacks(group, tags, "delivered", NONE_VALUE, receiver,
                SinchProvisioningWebhookConsumer::deliveredCallbacks, description);
        callbacks(group, tags, "failed", NONE_VALUE, receiver, SinchProvisioningWebhookConsumer::failedCallbacks,
                description);
        callbacks(group, tags, "superseded", NONE_VALUE, receiver,
                SinchProvisioningWebhookConsumer::supersededCallbacks, description);
        for (RejectionReason reason : RejectionReason.values()) {
            callbacks(group, tags, "refused", reason.name().toLowerCase(Locale.ROOT), receiver,
                    r -> r.refusedCallbacks(reason), description);
        }
        counter(group, MeterNames.WEBHOOK_PREVIOUS_SECRET, "Accepted callbacks only the previous secret verified",
                tags, receiver, SinchProvisioningWebhookConsumer::callbacksSignedWithPreviousSecret);
        return group;
    }

    private void callbacks(MeterGroup group, Tags tags, String outcome, String reason,
                           SinchProvisioningWebhookConsumer receiver,
                           ToDoubleFunction<SinchProvisioningWebhookConsumer> count, String description) {
        counter(group, MeterNames.WEBHOOK_CALLBACKS, description,
                tags.and(MeterNames.TAG_OUTCOME, outcome, MeterNames.TAG_REASON, reason), receiver, count);
    }

    private <T> void counter(MeterGroup group, String name, String description, Tags tags, T source,
                             ToDoubleFunction<T> count) {
        group.add(FunctionCounter.builder(name, source, count).description(description).tags(tags)
                .register(registry));
    }

    private <T> void gauge(MeterGroup group, String name, String description, Tags tags, T source,
                           ToDoubleFunction<T> value) {
        group.add(Gauge.builder(name, source, value).description(description).tags(tags).strongReference(true)
                .register(registry));
    }

    /** A route id is configuration (low cardinality); a consumer outside a route has none. */
    private static String routeId(String routeId) {
        return routeId == null || routeId.isBlank() ? NONE_VALUE : routeId;
    }
}
