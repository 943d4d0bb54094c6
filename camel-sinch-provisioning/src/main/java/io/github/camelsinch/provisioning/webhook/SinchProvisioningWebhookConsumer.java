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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.client.LogText;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningConsumerConfiguration;
import io.github.camelsinch.provisioning.metrics.SinchMeters;
import io.github.camelsinch.provisioning.tracking.PushedChangeTracker;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code from("sinch-prov:webhook")}: receives the Provisioning API's signed callbacks over Camel's platform-http
 * and emits one exchange per callback with the headers of the polling consumer. The HTTP side is a platform-http
 * consumer on {@code path} (POST only) owned by this consumer, so it is served by whatever platform-http engine the
 * application has, and starts, stops and suspends with this route.
 * <p>
 * Only a callback within maxBodySize whose signature, timestamp and nonce check out and whose envelope is well formed
 * reaches the route; refused ones are answered and counted per reason ({@link #refusedCallbacks(RejectionReason)},
 * also as attributes of the consumer's JMX MBean). Their logging is throttled ({@link RefusalLogThrottle}): the
 * first refusal of each reason at WARN, then at most one WARN summary per {@code refusalLogInterval}, the rest at
 * DEBUG; no line holds the signature, the secret or the body.
 */
@ManagedResource(description = "Sinch Provisioning webhook receiver: callbacks delivered, failed and refused")
public class SinchProvisioningWebhookConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(SinchProvisioningWebhookConsumer.class);

    private final SinchProvisioningWebhookEndpoint endpoint;
    private final WebhookReceiverSettings settings;
    private final StateRepository<String, String> repository;
    private final boolean ownRepository;
    private final CallbackInterpreter interpreter;
    private final RefusalLogThrottle refusals;
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final LongAdder previousSecretUses = new LongAdder();
    private volatile Clock clock = Clock.systemUTC();
    private Consumer httpConsumer;
    private ScheduledExecutorService summaryTimer;
    private volatile String webhookId;
    private SinchMeters.Registration meters = SinchMeters.Registration.NONE;

    /** Checks every option, so a receiver that could not verify callbacks fails when its route starts. */
    SinchProvisioningWebhookConsumer(SinchProvisioningWebhookEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.settings = WebhookReceiverSettings.of(endpoint.getWebhookConfiguration(),
                endpoint.getConfiguration().getProjectId());
        SinchProvisioningConsumerConfiguration state = endpoint.getConsumerConfiguration();
        this.ownRepository = state.getStateRepository() == null;
        this.repository = ownRepository ? new MemoryStateRepository() : state.getStateRepository();
        this.interpreter = new CallbackInterpreter(
                new PushedChangeTracker(repository, state.getStateKey(), settings.projectId()), settings.projectId());
        this.refusals = new RefusalLogThrottle(settings.refusalLogInterval(), this::now);
    }

    @Override
    protected void doStart() throws Exception {
        endpoint.checkCredentialsOnStart(); // only with autoRegister: a plain receiver makes no call
        super.doStart();
        ServiceHelper.startService(repository);
        if (!ownRepository && !getEndpoint().getCamelContext().hasService(repository)) {
            // As the polling consumer does: a FileStateRepository is stopped (and compacted) with the context.
            getEndpoint().getCamelContext().addService(repository, true, true);
        }
        httpConsumer = startHttpConsumer();
        LOG.info("Receiving Sinch Provisioning callbacks on POST {}", settings.path());
        if (settings.autoRegister()) {
            try {
                register();
            } catch (RuntimeException e) {
                ServiceHelper.stopAndShutdownService(httpConsumer);
                httpConsumer = null;
                throw e;
            }
        }
        startSummaryTimer();
        meters = endpoint.getComponent().meters().bindWebhookReceiver(this);
    }

    @Override
    protected void doStop() throws Exception {
        meters.remove(); // a stopped or removed route leaves no meters behind
        meters = SinchMeters.Registration.NONE;
        // Unregister first, so Sinch stops sending before nobody answers.
        if (settings.unregisterOnStop() && webhookId != null) {
            try {
                registrar().unregister(webhookId);
                webhookId = null;
            } catch (RuntimeException e) {
                LOG.warn("Could not delete Sinch webhook {} for {}: {}", LogText.of(webhookId),
                        settings.webhookUrl(), e.getMessage());
            }
        }
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
        if (summaryTimer != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(summaryTimer);
            summaryTimer = null;
        }
        // Refusals still waiting for their summary are reported now rather than lost with the receiver.
        refusals.drain().ifPresent(this::logSummary);
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        ServiceHelper.suspendService(httpConsumer); // platform-http answers 503 meanwhile; Sinch retries
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        ServiceHelper.resumeService(httpConsumer);
        super.doResume();
    }

    /**
     * Runs the route for one verified callback and says how to answer: 200 once the route completed, 500 when it
     * failed or marked the exchange rollback-only (nothing is stored, Sinch retries), 400 when the payload does not
     * fit its model.
     */
    int deliver(CallbackEnvelope envelope, Instant receivedAt) {
        CallbackDelivery delivery;
        try {
            delivery = interpreter.interpret(envelope);
        } catch (CallbackInterpreter.UnreadablePayloadException e) {
            refused(RejectionReason.MALFORMED_PAYLOAD, e.getMessage());
            return RejectionReason.MALFORMED_PAYLOAD.httpStatus();
        }
        if (delivery.superseded()) {
            // 200, not an error: Sinch would retry an error, and the answer would never change.
            superseded.increment();
            LOG.debug("Acknowledged a superseded Sinch Provisioning callback {} of {} without routing it: its payload"
                    + " was modified at {}, before the delivered state ({})", delivery.envelope().type(),
                    LogText.of(delivery.resourceId()), LogText.of(delivery.observation().modified()),
                    LogText.of(delivery.observation().newerDelivered().orElse(null)));
            return 200;
        }
        Exchange exchange = createExchange(false);
        try {
            try {
                CallbackMessages.fill(exchange.getMessage(), delivery, receivedAt.toEpochMilli());
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                failed.increment();
                getExceptionHandler().handleException("Error processing Sinch Provisioning callback "
                        + LogText.of(delivery.dedupKey())
                        + " (answered 500, Sinch retries it)",
                        exchange, exchange.getException());
                return 500;
            }
            if (exchange.isRollbackOnly()) {
                failed.increment();
                return 500;
            }
            interpreter.committed(delivery);
            delivered.increment();
            return 200;
        } catch (RuntimeException storeFailed) {
            failed.increment();
            getExceptionHandler().handleException("Cannot store the state after Sinch Provisioning callback "
                    + LogText.of(delivery.dedupKey()), exchange, storeFailed);
            return 500;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * Counts a refused callback and logs it, throttled.
     *
     * @param problem what is wrong with the body, naming fields only (never their values); null when the reason
     *                says it all
     */
    void refused(RejectionReason reason, String problem) {
        String detail = problem == null ? "" : " (" + problem + ")";
        if (refusals.record(reason) == RefusalLogThrottle.Level.WARN) {
            LOG.warn("Refused a Sinch Provisioning callback on POST {}: {}{}, answered HTTP {}. The first refusal of"
                    + " each reason is logged at WARN, later ones at DEBUG with a summary at most every {} s",
                    settings.path(), reason, detail, reason.httpStatus(), refusals.interval().toSeconds());
        } else {
            LOG.debug("Refused a Sinch Provisioning callback on POST {}: {}{}, answered HTTP {}", settings.path(),
                    reason, detail, reason.httpStatus());
        }
        refusals.summaryIfDue().ifPresent(this::logSummary);
    }

    void signedWithPreviousSecret(boolean previous) {
        if (previous) {
            previousSecretUses.increment();
            LOG.debug("A Sinch Provisioning callback on {} was signed with the previous webhook secret",
                    settings.path());
        }
    }

    /** Callbacks refused before reaching the route (bad signature, stale or replayed...), since the start. */
    public long refusedCallbacks() {
        return refusals.total();
    }

    /** Callbacks refused for this reason since the start. */
    public long refusedCallbacks(RejectionReason reason) {
        return refusals.count(reason);
    }

    /** The reasons refused at least once since the start, with their counts, in declaration order. */
    public Map<RejectionReason, Long> refusedCallbacksByReason() {
        return refusals.counts();
    }

    @ManagedAttribute(description = "Callbacks refused before reaching the route, since the start")
    public long getRefusedCallbacks() {
        return refusedCallbacks();
    }

    @ManagedAttribute(description = "Refused callbacks per reason since the start, e.g."
            + " SIGNATURE_MISMATCH=1200, REPLAYED_NONCE=299; empty if none")
    public String getRefusedCallbacksByReason() {
        StringJoiner text = new StringJoiner(", ");
        refusals.counts().forEach((reason, count) -> text.add(reason + "=" + count));
        return text.toString();
    }

    @ManagedAttribute(description = "Callbacks the route processed successfully (answered 200)")
    public long getDeliveredCallbacks() {
        return deliveredCallbacks();
    }

    @ManagedAttribute(description = "Callbacks the route failed on (answered 500, retried by Sinch)")
    public long getFailedCallbacks() {
        return failedCallbacks();
    }

    @ManagedAttribute(description = "Status callbacks older than the state already delivered, answered 200 without"
            + " running the route")
    public long getSupersededCallbacks() {
        return supersededCallbacks();
    }

    @ManagedAttribute(description = "Accepted callbacks only the previous webhook secret verified")
    public long getCallbacksSignedWithPreviousSecret() {
        return callbacksSignedWithPreviousSecret();
    }

    /** Callbacks the route processed successfully (answered 200). */
    public long deliveredCallbacks() {
        return delivered.sum();
    }

    /** Callbacks the route failed on (answered 500). */
    public long failedCallbacks() {
        return failed.sum();
    }

    /**
     * Status and deletion callbacks whose payload was older than the state already delivered (a retry arriving after
     * a newer callback or poll): answered 200 without running the route, since reporting them would move the state
     * back.
     */
    public long supersededCallbacks() {
        return superseded.sum();
    }

    /** Accepted callbacks that only the previous secret verified: when this stays 0, drop previousWebhookSecret. */
    public long callbacksSignedWithPreviousSecret() {
        return previousSecretUses.sum();
    }

    /** The id of the webhook registration made or reused at start (autoRegister); empty otherwise. */
    public Optional<String> webhookId() {
        return Optional.ofNullable(webhookId);
    }

    /** The HTTP path served. */
    public String path() {
        return settings.path();
    }

    /** For tests: the clock timestamps are checked against. Call before the first callback. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    /** The platform-http consumer of POST {@code path}, started; fails naming what the application lacks. */
    private Consumer startHttpConsumer() {
        Consumer consumer = null;
        try {
            Endpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + settings.path()
                    + "?httpMethodRestrict=POST");
            consumer = http.createConsumer(new CallbackRequestHandler(this, settings, this::now));
            ServiceHelper.startService(consumer);
            return consumer;
        } catch (Exception e) {
            ServiceHelper.stopAndShutdownService(consumer);
            throw new IllegalStateException("sinch-prov:webhook cannot serve POST " + settings.path() + " over Camel's"
                    + " platform-http (" + e.getMessage() + "). The application needs a platform-http"
                    + " implementation with its server: camel-platform-http-main with camel.server.enabled=true"
                    + " (camel-main), camel-platform-http-vertx with a VertxPlatformHttpServer service,"
                    + " camel-platform-http-starter (Spring Boot) or camel-quarkus-platform-http", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * Writes a due summary even when no refusal follows the burst that filled it. Checked ten times per interval,
     * so a summary is at most a tenth of an interval late.
     */
    private void startSummaryTimer() {
        long period = Math.max(100, refusals.interval().toMillis() / 10);
        summaryTimer = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "SinchWebhookRefusalSummary");
        summaryTimer.scheduleWithFixedDelay(() -> refusals.summaryIfDue().ifPresent(this::logSummary), period, period,
                TimeUnit.MILLISECONDS);
    }

    private void logSummary(RefusalLogThrottle.Summary summary) {
        LOG.warn("Sinch Provisioning receiver on POST {} {}", settings.path(), summary.describe());
    }

    private void register() {
        WebhookRegistrar.Registration registration = registrar().register();
        webhookId = registration.webhookId();
    }

    private WebhookRegistrar registrar() {
        return new WebhookRegistrar(endpoint.client(), settings.projectId(), settings.webhookUrl(),
                endpoint.getWebhookConfiguration().getWebhookSecret(), settings.triggers());
    }
}
