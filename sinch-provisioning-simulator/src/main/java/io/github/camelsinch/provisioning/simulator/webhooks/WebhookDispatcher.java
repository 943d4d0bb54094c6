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
package io.github.camelsinch.provisioning.simulator.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorClock;
import io.github.camelsinch.provisioning.simulator.WebhookDelivery;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.lifecycle.Event;
import io.github.camelsinch.provisioning.simulator.lifecycle.EventSink;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.ResourceStore;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers events to the project's webhooks whose triggers match (or contain {@code ALL}).
 *
 * <p>The callback body is the contract's {@code WebhookCallbackEvent}: {@code {type, payload, comment?}} with the
 * resource as GET returns it. Each delivery is signed with the webhook's secret and posted from one background
 * thread, so callbacks arrive in the order events happened; a failed attempt (no answer or a non-2xx status) is
 * retried with doubling backoff up to the configured number of attempts. By default only loopback targets are
 * called, so a test or demo can never send traffic off the machine by accident.
 */
public final class WebhookDispatcher implements EventSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int DELIVERY_LOG_CAPACITY = 1000;
    /**
     * The {@code type} of a test ping when the caller names none. It is no trigger of the contract on purpose, so a
     * receiver cannot mistake a ping for a state change.
     */
    public static final String PING_TYPE = "WEBHOOK_TEST";
    private static final char[] NONCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** Delivery settings. */
    public record Settings(int maxAttempts, Duration backoff, Duration timeout, boolean allowRemoteTargets) {
    }

    private record Target(String webhookId, String url, String secret) {
    }

    private final ResourceStore store;
    private final SimulatorClock clock;
    private final Settings settings;
    private final HttpClient client;
    private final ScheduledExecutorService executor;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentLinkedDeque<WebhookDelivery> deliveries = new ConcurrentLinkedDeque<>();

    public WebhookDispatcher(ResourceStore store, SimulatorClock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sinch-simulator-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "sinch-simulator-webhook-client");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    @Override
    public void publish(Event event) {
        List<Target> targets = targets(event);
        if (targets.isEmpty()) {
            return;
        }
        byte[] body = Json.bytes(envelope(event));
        for (Target target : targets) {
            executor.execute(() -> attempt(event, target, body, 1));
        }
    }

    private List<Target> targets(Event event) {
        ProjectState project = store.project(event.projectId());
        List<Target> targets = new ArrayList<>();
        synchronized (project) {
            for (StoredResource webhook : project.all(ResourceKind.WEBHOOK)) {
                if (subscribes(webhook.json().path("triggers"), event.trigger())) {
                    targets.add(new Target(webhook.key(), webhook.json().path("target").asText(),
                            webhook.internal().path("secret").asText("")));
                }
            }
        }
        return targets;
    }

    private static boolean subscribes(JsonNode triggers, String trigger) {
        for (JsonNode t : triggers) {
            if (t.asText().equals(trigger) || "ALL".equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode envelope(Event event) {
        ObjectNode envelope = Json.object();
        envelope.put("type", event.trigger());
        if (event.payload() != null) {
            envelope.set("payload", event.payload());
        }
        if (event.comment() != null) {
            envelope.put("comment", event.comment());
        }
        return envelope;
    }

    /**
     * Delivers one test callback to one webhook now, on the caller's thread, with the envelope and signature of
     * every other callback and without retries; returns the recorded attempt.
     */
    public WebhookDelivery ping(Event event, String webhookId, String url, String secret) {
        Target target = new Target(webhookId, url, secret);
        Outcome outcome = send(target, Json.bytes(envelope(event)), event.trigger());
        if (outcome == null) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pinging webhook " + webhookId);
        }
        return record(event, target, 1, outcome.status(), outcome.error());
    }

    private void attempt(Event event, Target target, byte[] body, int attempt) {
        Outcome outcome = send(target, body, event.trigger());
        if (outcome == null) {
            return;
        }
        if (outcome.notSent()) {
            record(event, target, attempt, 0, outcome.error());
            notify(event, target, 0, "target not reachable from the simulator");
            return;
        }
        int status = outcome.status();
        String error = outcome.error();
        record(event, target, attempt, status, error);
        if (error == null || attempt >= settings.maxAttempts()) {
            notify(event, target, status, error);
            if (error != null) {
                LOG.warn("Webhook {} for {} failed after {} attempts: {}", target.webhookId(), event.trigger(),
                        attempt, error);
            }
            return;
        }
        long delay = settings.backoff().toMillis() << (attempt - 1);
        executor.schedule(() -> attempt(event, target, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    /** The result of one attempt; {@code notSent} when the target was refused before any connection. */
    private record Outcome(int status, String error, boolean notSent) {
    }

    /** One signed POST; null when the thread was interrupted. */
    private Outcome send(Target target, byte[] body, String trigger) {
        try {
            URI uri = URI.create(target.url());
            if (!settings.allowRemoteTargets() && !isLoopback(uri)) {
                return new Outcome(0, "not delivered: target is not a loopback address "
                        + "(enable remote webhook targets to deliver it)", true);
            }
            int status = client.send(signed(uri, target, body, trigger), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Outcome(status, status < 200 || status >= 300 ? "HTTP " + status : null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return new Outcome(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()), false);
        }
    }

    private HttpRequest signed(URI uri, Target target, byte[] body, String trigger) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "sinch-provisioning-simulator")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!target.secret().isEmpty()) {
            String nonce = nonce();
            long timestamp = clock.now().getEpochSecond();
            request.header(WebhookSigner.SIGNATURE, WebhookSigner.sign(target.secret(), body, nonce, timestamp))
                    .header(WebhookSigner.ALGORITHM, WebhookSigner.HMAC_SHA256)
                    .header(WebhookSigner.NONCE, nonce)
                    .header(WebhookSigner.TIMESTAMP, Long.toString(timestamp));
        }
        LOG.debug("Delivering {} to webhook {}", trigger, target.webhookId());
        return request.build();
    }

    private static boolean isLoopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private String nonce() {
        char[] chars = new char[26];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = NONCE_ALPHABET[random.nextInt(NONCE_ALPHABET.length)];
        }
        return new String(chars);
    }

    private WebhookDelivery record(Event event, Target target, int attempt, int status, String error) {
        WebhookDelivery delivery = new WebhookDelivery(clock.now(), event.projectId(), target.webhookId(),
                target.url(), event.trigger(), attempt, status, error);
        deliveries.addLast(delivery);
        while (deliveries.size() > DELIVERY_LOG_CAPACITY) {
            deliveries.pollFirst();
        }
        return delivery;
    }

    private void notify(Event event, Target target, int status, String error) {
        if (event.onDelivered() != null) {
            event.onDelivered().accept(new Event.DeliveryOutcome(target.webhookId(), status, error, clock.now()));
        }
    }

    public List<WebhookDelivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    public void clearDeliveries() {
        deliveries.clear();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
