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

import io.github.camelsinch.provisioning.SinchProvisioningApiEndpoint;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.metrics.SinchMeters;
import io.github.camelsinch.provisioning.paging.WalkResult;
import io.github.camelsinch.provisioning.tracking.ChangeDetector;
import io.github.camelsinch.provisioning.tracking.StatusChange;
import io.github.camelsinch.provisioning.tracking.WatchedResource;
import io.github.camelsinch.provisioning.tracking.WatchedResources;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls a list or get operation and emits one exchange per status change of a resource. Each poll reads the API
 * ({@link ResourcePoller}), compares with the stored state ({@link ScopeScan}, {@link ChangeDetector}), emits, and
 * stores a resource's new state only once its exchange succeeded. Camel's scheduler, backoff and maxMessagesPerPoll
 * apply.
 */
public class SinchProvisioningStatusConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SinchProvisioningStatusConsumer.class);

    /** One change waiting for its exchange, with the scan that commits it. */
    private record PendingChange(ScopeScan scan, StatusChange change, long observedAt) {
    }

    private final SinchProvisioningApiEndpoint endpoint;
    private final ApiOperation operation;
    private final WatchedResource resource;
    private final SinchProvisioningConsumerConfiguration options;
    private final List<String> watchFields;
    private final StateRepository<String, String> repository;
    private final List<PollTarget> targets;
    private final PollRequests requests;
    private final AtomicLong skippedPolls = new AtomicLong();
    private final AtomicLong discardedStateEntries = new AtomicLong();
    private volatile Clock clock = Clock.systemUTC();
    private volatile RateLimitPause pause = new RateLimitPause(clock);
    private volatile StatusConsumerMetrics metrics = new StatusConsumerMetrics(clock.instant());
    private SinchMeters.Registration meters = SinchMeters.Registration.NONE;
    /** The reading half of the poll in progress, for its metrics; only the polling thread uses it. */
    private PollCycle lastCycle;
    private ExecutorService fanOut;
    private ResourcePoller poller;

    /** Checks everything a poll needs, so a wrong URI fails when the route starts. */
    public SinchProvisioningStatusConsumer(SinchProvisioningApiEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.operation = endpoint.getApiOperation();
        this.resource = WatchedResources.require(operation);
        this.options = endpoint.getConsumerConfiguration();
        if (options.getConversationParallelism() < 1) {
            throw new IllegalArgumentException("conversationParallelism must be at least 1");
        }
        requireAtLeastOne("maxPagesPerPoll", options.getMaxPagesPerPoll(), "the most pages one poll reads");
        requireAtLeastOne("maxItemsPerPoll", options.getMaxItemsPerPoll(), "the most resources one poll reads");
        this.watchFields = WatchFieldPaths.parse(options.getWatchFields(), resource);
        this.repository = options.getStateRepository() != null
                ? options.getStateRepository() : new MemoryStateRepository();
        String projectId = endpoint.getConfiguration().getProjectId();
        String stateKey = options.getStateKey() == null || options.getStateKey().isBlank()
                ? "default" : options.getStateKey();
        this.targets = PollTargets.of(resource, operation, endpoint.getParameters(), projectId, stateKey, repository);
        this.requests = new PollRequests(operation, endpoint.getParameters(), projectId);
        requests.request(targets.get(0).pathParameters(), null); // a missing plusFriendId fails here, not per poll
        setMaxMessagesPerPoll(options.getMaxMessagesPerPoll());
    }

    @Override
    protected void doBuild() throws Exception {
        setHealthCheck(new StatusConsumerHealthCheck(this, "consumer:" + getRouteId()));
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        endpoint.checkCredentialsOnStart();
        StateRepositoryStart.start(repository); // a FileStateRepository checks and loads its file here
        if (options.getStateRepository() != null && !getEndpoint().getCamelContext().hasService(repository)) {
            // Stopped with the context (a FileStateRepository then compacts its file); shared ones are not stopped
            // by one consumer stopping.
            getEndpoint().getCamelContext().addService(repository, true, true);
        }
        // Retry-After is the consumer's to honour (by skipping polls), not the client's to sleep through.
        var client = endpoint.client(settings -> settings.toBuilder().maxRetryAfter(Duration.ZERO).build());
        if (targets.size() > 1) {
            fanOut = getEndpoint().getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                    "SinchProvStatusPoll", Math.min(options.getConversationParallelism(), targets.size()));
        }
        poller = new ResourcePoller(operation, resource, client, requests, fanOut, options.getMaxPagesPerPoll(),
                options.getMaxItemsPerPoll());
        super.doStart();
        meters = endpoint.getComponent().meters().bindStatusConsumer(this);
    }

    @Override
    protected void doStop() throws Exception {
        meters.remove(); // a stopped or removed route leaves no meters behind
        meters = SinchMeters.Registration.NONE;
        super.doStop();
        if (fanOut != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(fanOut);
            fanOut = null;
        }
    }

    @Override
    protected int poll() throws Exception {
        try {
            return pollOnce();
        } finally {
            // A scope's snapshot of a bulk-read repository lives for one poll only: another node may write between
            // polls.
            targets.forEach(target -> target.state().endPoll());
        }
    }

    private int pollOnce() throws Exception {
        if (pause.isActive()) {
            skippedPolls.incrementAndGet();
            return 0;
        }
        if (pause.endIfOver()) {
            LOG.info("{}: rate-limit pause over, polling again", uri());
        }
        long startedNanos = System.nanoTime();
        lastCycle = null;
        try {
            return readAndEmit();
        } finally {
            PollCycle cycle = lastCycle;
            metrics.pollEnded(outcomeOf(cycle), System.nanoTime() - startedNanos, clock.instant(),
                    cycle == null ? 0 : cycle.scans().stream().mapToInt(ScopeScan::seenCount).sum());
        }
    }

    /** Without a cycle the poll failed before or while reading (an exception, not an API failure). */
    private static StatusConsumerMetrics.PollOutcome outcomeOf(PollCycle cycle) {
        if (cycle == null || (cycle.failure() != null && cycle.failure().kind() != ErrorKind.RATE_LIMIT)) {
            return StatusConsumerMetrics.PollOutcome.FAILED;
        }
        if (cycle.failure() != null) {
            return StatusConsumerMetrics.PollOutcome.RATE_LIMITED;
        }
        return cycle.listing() != null && !cycle.listing().complete() ? StatusConsumerMetrics.PollOutcome.INCOMPLETE
                : StatusConsumerMetrics.PollOutcome.COMPLETE;
    }

    /** One poll that is not skipped: read, emit, then handle an API failure. */
    private int readAndEmit() throws Exception {
        Instant started = clock.instant();
        EmissionBudget budget = new EmissionBudget(getMaxMessagesPerPoll());
        StateRepairs repairs = new StateRepairs(uri());
        PollCycle cycle;
        try {
            cycle = PollCycle.run(poller, targets, resource, watchFields, options.isInitialEmit(), budget, repairs,
                    started, this::mayReadOn);
        } finally {
            // Repairs are written as they are found: report them even when the poll then failed.
            discardedStateEntries.addAndGet(repairs.count());
            repairs.report();
        }
        lastCycle = cycle;
        if (cycle.listing() != null && cycle.listing().capped()) {
            warnCapped(cycle.listing());
        }
        Queue<Object> batch = new ArrayDeque<>();
        for (ScopeScan scan : cycle.scans()) {
            scan.changes().forEach(change -> batch.add(new PendingChange(scan, change, started.toEpochMilli())));
        }
        int processed;
        try {
            processed = processBatch(batch);
        } finally {
            cycle.scans().forEach(ScopeScan::saveIndex);
        }
        if (budget.deferred() > 0) {
            LOG.debug("{}: {} change(s) over maxMessagesPerPoll left for the next poll", uri(), budget.deferred());
        }
        if (cycle.failure() != null) {
            onFailure(cycle.failure());
        }
        return processed;
    }

    /**
     * False once the route or context is stopping: Camel's graceful shutdown first suspends a polling consumer and
     * then waits (45 s by default) for a poll in progress, so a long listing must end at the next page instead.
     */
    private boolean mayReadOn() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    /** Once per poll that hit a cap: the listing was incomplete, so nothing was reported removed. */
    private void warnCapped(WalkResult listing) {
        boolean pageCap = listing.ending() == WalkResult.Ending.PAGE_CAP;
        LOG.warn("{}: the {} listing stopped at {}={} after {} pages and {} resources, with more pages left; changes"
                + " of the resources read are emitted, but none is reported REMOVED while the listing is"
                + " incomplete. Raise {} if the project really has that many.", uri(), operation.uriPath(),
                pageCap ? "maxPagesPerPoll" : "maxItemsPerPoll",
                pageCap ? options.getMaxPagesPerPoll() : options.getMaxItemsPerPoll(), listing.pages(),
                listing.items(), pageCap ? "maxPagesPerPoll" : "maxItemsPerPoll");
    }

    private static void requireAtLeastOne(String option, int value, String meaning) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1 (it is " + meaning + "), but is "
                    + value);
        }
    }

    /** A rate limit pauses polling (one WARN); any other failure is the poll's error, for Camel's backoff. */
    private void onFailure(ApiCallException failure) {
        if (failure.kind() == ErrorKind.RATE_LIMIT) {
            Instant until = pause.pauseFor(failure.retryAfter().orElse(null));
            metrics.rateLimitPause(Duration.between(clock.instant(), until));
            LOG.warn("{}: the Sinch Provisioning API rate-limited the poll (HTTP {}); polling paused until {}",
                    uri(), failure.httpStatus(), until);
            return;
        }
        throw new SinchProvisioningException(failure);
    }

    @Override
    public int processBatch(Queue<Object> batch) throws Exception {
        int total = batch.size();
        int processed = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            PendingChange pending = (PendingChange) batch.poll();
            pendingExchanges = total - index - 1;
            Exchange exchange = createExchange(false);
            try {
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
                metrics.changeEmitted(pending.change().type());
                deliver(exchange, pending);
            } finally {
                releaseExchange(exchange, false);
            }
            processed++;
        }
        pendingExchanges = 0;
        return processed;
    }

    private void deliver(Exchange exchange, PendingChange pending) {
        try {
            StatusMessages.fill(exchange.getMessage(), operation, resource, pending.change(), pending.observedAt());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            // Not committed: the next poll detects the same change and delivers it again, with the same dedup key.
            getExceptionHandler().handleException("Error processing status change " + pending.change().dedupKey()
                    + " of " + uri(), exchange, exchange.getException());
        } else if (!exchange.isRollbackOnly()) {
            pending.scan().committed(pending.change());
        }
    }

    /** Until when polling is paused by a rate limit; empty when not paused. */
    public Optional<Instant> rateLimitedUntil() {
        return pause.until();
    }

    /** Polls, changes, pauses and the last complete poll, for metrics. */
    public StatusConsumerMetrics metrics() {
        return metrics;
    }

    /** Time since the last complete poll (or since the consumer was created), on the consumer's clock. */
    public Duration sinceLastCompletePoll() {
        return metrics.sinceLastCompletePoll(clock.instant());
    }

    /** Polls skipped because of a rate-limit pause, since the consumer was created. */
    public long skippedPolls() {
        return skippedPolls.get();
    }

    /**
     * Stored state entries found unusable (unreadable, or missing where the index listed the resource) and replaced
     * since the consumer was created; see docs/consumer.md, "Corrupt or lost state".
     */
    public long discardedStateEntries() {
        return discardedStateEntries.get();
    }

    /** The watched fields besides the status fields. */
    public List<String> watchFields() {
        return watchFields;
    }

    /** For tests: a clock to drive the rate-limit pause. Call before the first poll. */
    void useClock(Clock testClock) {
        this.clock = testClock;
        this.pause = new RateLimitPause(testClock);
        this.metrics = new StatusConsumerMetrics(testClock.instant());
    }

    private String uri() {
        return URISupport.sanitizeUri(getEndpoint().getEndpointUri());
    }
}
