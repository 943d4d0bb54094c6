package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.consumer.PushedChangeTracker;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningConsumerConfiguration;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code from("sinch-prov:webhook")}: receives the Provisioning API's signed callbacks over Camel's platform-http
 * and emits one exchange per callback with the headers of the polling consumer. The HTTP side is a platform-http
 * consumer on {@code path} (POST only) owned by this consumer, so it is served by whatever platform-http engine the
 * application has, and starts, stops and suspends with this route.
 * <p>
 * Only a callback whose signature, timestamp and nonce check out reaches the route; refused ones are answered and
 * counted ({@link #refusedCallbacks()}) with one WARN line each that holds neither the signature nor the body.
 */
public class SinchProvisioningWebhookConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(SinchProvisioningWebhookConsumer.class);

    private final SinchProvisioningEndpoint endpoint;
    private final WebhookReceiverSettings settings;
    private final StateRepository<String, String> repository;
    private final boolean ownRepository;
    private final CallbackInterpreter interpreter;
    private final Map<RejectionReason, LongAdder> refusals = new EnumMap<>(RejectionReason.class);
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder previousSecretUses = new LongAdder();
    private volatile Clock clock = Clock.systemUTC();
    private Consumer httpConsumer;
    private volatile String webhookId;

    /** Checks every option, so a receiver that could not verify callbacks fails when its route starts. */
    public SinchProvisioningWebhookConsumer(SinchProvisioningEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.settings = WebhookReceiverSettings.of(endpoint.getWebhookConfiguration(),
                endpoint.getConfiguration().getProjectId());
        SinchProvisioningConsumerConfiguration state = endpoint.getConsumerConfiguration();
        this.ownRepository = state.getStateRepository() == null;
        this.repository = ownRepository ? new MemoryStateRepository() : state.getStateRepository();
        this.interpreter = new CallbackInterpreter(
                new PushedChangeTracker(repository, state.getStateKey(), settings.projectId()), settings.projectId());
        for (RejectionReason reason : RejectionReason.values()) {
            refusals.put(reason, new LongAdder());
        }
    }

    @Override
    protected void doStart() throws Exception {
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
    }

    @Override
    protected void doStop() throws Exception {
        // Unregister first, so Sinch stops sending before nobody answers.
        if (settings.unregisterOnStop() && webhookId != null) {
            try {
                registrar().unregister(webhookId);
                webhookId = null;
            } catch (RuntimeException e) {
                LOG.warn("Could not delete Sinch webhook {} for {}: {}", webhookId, settings.webhookUrl(),
                        e.getMessage());
            }
        }
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
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
            refused(RejectionReason.MALFORMED_EVENT);
            return RejectionReason.MALFORMED_EVENT.httpStatus();
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
                                                      + delivery.dedupKey() + " (answered 500, Sinch retries it)",
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
                                                  + delivery.dedupKey(), exchange, storeFailed);
            return 500;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    void refused(RejectionReason reason) {
        refusals.get(reason).increment();
        LOG.warn("Refused a Sinch Provisioning callback on POST {}: {} (HTTP {}; {} refused so far)", settings.path(),
                reason, reason.httpStatus(), refusedCallbacks());
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
        return refusals.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long refusedCallbacks(RejectionReason reason) {
        return refusals.get(reason).sum();
    }

    /** Callbacks the route processed successfully (answered 200). */
    public long deliveredCallbacks() {
        return delivered.sum();
    }

    /** Callbacks the route failed on (answered 500). */
    public long failedCallbacks() {
        return failed.sum();
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

    private void register() {
        WebhookRegistrar.Registration registration = registrar().register();
        webhookId = registration.webhookId();
    }

    private WebhookRegistrar registrar() {
        return new WebhookRegistrar(endpoint.client(), settings.projectId(), settings.webhookUrl(),
                endpoint.getWebhookConfiguration().getWebhookSecret(), settings.triggers());
    }
}
