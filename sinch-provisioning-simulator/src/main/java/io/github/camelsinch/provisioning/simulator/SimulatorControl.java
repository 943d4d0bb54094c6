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
package io.github.camelsinch.provisioning.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.api.ProjectAdmission;
import io.github.camelsinch.provisioning.simulator.api.ProvisioningApi;
import io.github.camelsinch.provisioning.simulator.api.ResourceSeeder;
import io.github.camelsinch.provisioning.simulator.faults.FaultInjector;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.RequestLog;
import io.github.camelsinch.provisioning.simulator.lifecycle.ChangeSet;
import io.github.camelsinch.provisioning.simulator.lifecycle.Event;
import io.github.camelsinch.provisioning.simulator.lifecycle.Lifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.LifecycleEngine;
import io.github.camelsinch.provisioning.simulator.lifecycle.Stage;
import io.github.camelsinch.provisioning.simulator.lifecycle.Timestamps;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.ResourceStore;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;
import io.github.camelsinch.provisioning.simulator.webhooks.WebhookDispatcher;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Steers a running simulator from a test (the same operations are offered over HTTP under {@code /_sim}): seed
 * resources, force transitions, move the clock, inject faults, read the request and webhook delivery logs, reset.
 *
 * <p>Resources are addressed by kind and key: the id for most kinds, the {@code plusFriendId} for KakaoTalk
 * senders, {@code plusFriendId/code} for KakaoTalk templates, {@code name/LANGUAGE} for WhatsApp templates,
 * {@code appId/channel} for Conversation channels and {@code account} for the WhatsApp account.
 */
public final class SimulatorControl {

    private final ResourceStore store;
    private final LifecycleEngine engine;
    private final ProvisioningApi api;
    private final FaultInjector faults;
    private final RequestLog requests;
    private final WebhookDispatcher webhooks;
    private final SimulatorClock clock;
    private final ProjectAdmission projects;

    SimulatorControl(ResourceStore store, LifecycleEngine engine, ProvisioningApi api, FaultInjector faults,
                     RequestLog requests, WebhookDispatcher webhooks, SimulatorClock clock,
                     ProjectAdmission projects) {
        this.store = store;
        this.engine = engine;
        this.api = api;
        this.faults = faults;
        this.requests = requests;
        this.webhooks = webhooks;
        this.clock = clock;
        this.projects = projects;
    }

    // ---- clock and lifecycles -------------------------------------------------------------------------------

    public Instant now() {
        return clock.now();
    }

    /** Moves the simulator clock forward and applies every lifecycle step that became due, in order. */
    public int advance(Duration duration) {
        clock.advance(duration);
        return engine.runDue();
    }

    /** Applies the lifecycle steps due now (the standalone scheduler calls this on every tick). */
    public int tick() {
        return engine.runDue();
    }

    /** Every lifecycle: kind slug to its stages in documentation order. */
    public Map<String, List<Stage>> lifecycles() {
        Map<String, List<Stage>> out = new LinkedHashMap<>();
        for (Lifecycle lifecycle : engine.lifecycles()) {
            out.put(lifecycle.kind().slug(), lifecycle.stages());
        }
        return out;
    }

    // ---- resources ------------------------------------------------------------------------------------------

    /** Seeds a resource of {@code kind}: the JSON given is merged over a complete default; returns the stored JSON. */
    public ObjectNode seed(String projectId, ResourceKind kind, ObjectNode resource, String stage) {
        ObjectNode request = Json.object();
        request.set("resource", resource == null ? Json.object() : resource);
        if (stage != null) {
            request.put("stage", stage);
        }
        return seed(projectId, kind, request);
    }

    /**
     * Seeds from a full seed request: {@code resource} (JSON merged over the default), {@code stage} (defaults to
     * the kind's first automatic stage), {@code hold} (true: no automatic steps) and kind options such as
     * {@code plusFriendId}, {@code appId}, {@code channel}, {@code secret} or {@code screens}. Seeding fires no
     * webhooks. Returns a description of the stored resource (see {@link #resource}).
     */
    public ObjectNode seed(String projectId, ResourceKind kind, JsonNode request) {
        ResourceSeeder seeder = api.seeder(kind)
                .orElseThrow(() -> new IllegalArgumentException(kind.slug() + " cannot be seeded"));
        JsonNode seed = request.path("resource");
        projects.seeded(projectId);
        ProjectState project = store.project(projectId);
        synchronized (project) {
            ObjectNode json = seeder.defaults(project, request);
            Json.merge(json, seed);
            // The default carries a pending change with documented example details; a stage that applies changes
            // (ACTIVE, APPROVED, ...) would put those over the seeded details. The seed names what the caller
            // wants to see, so it is the pending change too.
            ChangeSet.adoptSeededDetails(json, seed);
            StoredResource resource = new StoredResource(kind, seeder.keyOf(json, request), json);
            project.put(resource);
            seeder.afterSeed(project, resource, request);
            engine.activities().record(resource, "CREATED", null, clock.now());
            String stage = request.path("stage").asText(seeder.initialStage());
            if (stage != null && engine.lifecycle(kind).isPresent()) {
                engine.enterSilently(project, resource, stage);
                // Entering the stage renders it (state, applied changes); anything the caller seeded still wins.
                Json.merge(json, seed);
            }
            resource.hold(request.path("hold").asBoolean(false));
            return describe(resource);
        }
    }

    /** Moves a resource to {@code stage} now, or to its scheduled next stage when {@code stage} is null. */
    public ObjectNode transition(String projectId, ResourceKind kind, String key, String stage) {
        ProjectState project = store.project(projectId);
        synchronized (project) {
            StoredResource resource = find(project, kind, key);
            if (!engine.force(project, resource, stage)) {
                throw new IllegalStateException(kind.slug() + " " + key + " has no scheduled next stage");
            }
            return describe(resource);
        }
    }

    /**
     * Removes a resource as if someone deleted it in the Sinch dashboard: the API answers 404 for it and lists no
     * longer show it (a polling consumer reports it REMOVED). Like the API's own delete, removing a WhatsApp
     * template tells subscribed webhooks ({@code WHATSAPP_TEMPLATE_DELETED}) and removing a KakaoTalk sender
     * removes its templates. Returns the resource as it was.
     *
     * @throws NoSuchElementException when the project has no such resource
     */
    public ObjectNode delete(String projectId, ResourceKind kind, String key) {
        ProjectState project = store.project(projectId);
        synchronized (project) {
            StoredResource resource = find(project, kind, key);
            ObjectNode before = describe(resource);
            project.remove(kind, key);
            if (kind == ResourceKind.KAKAOTALK_SENDER) {
                project.all(ResourceKind.KAKAOTALK_TEMPLATE).stream()
                        .filter(t -> t.key().startsWith(key + "/"))
                        .forEach(t -> project.remove(ResourceKind.KAKAOTALK_TEMPLATE, t.key()));
            }
            if (kind == ResourceKind.WHATSAPP_TEMPLATE) {
                engine.events().publish(new Event(projectId, "WHATSAPP_TEMPLATE_DELETED", kind, key,
                        resource.json().deepCopy(), null, null));
            }
            return before;
        }
    }

    /**
     * Sends one test callback to a registered webhook, now, and waits for the answer: the envelope
     * {@code {type, payload?, comment?}} and the signature headers are those of every other callback (signed with
     * the webhook's secret, timestamp from the simulator clock). No retries; the attempt is recorded in
     * {@link #webhookDeliveries()}.
     *
     * @param type    the envelope's {@code type}; null for {@value WebhookDispatcher#PING_TYPE}
     * @param payload the envelope's {@code payload}; null for a description of the webhook (id, project, target)
     * @param comment the envelope's {@code comment}, or null
     * @throws NoSuchElementException when the project has no webhook with that id
     */
    public WebhookDelivery pingWebhook(String projectId, String webhookId, String type, ObjectNode payload,
                                       String comment) {
        ProjectState project = store.project(projectId);
        StoredResource webhook;
        String secret;
        ObjectNode json;
        synchronized (project) {
            webhook = find(project, ResourceKind.WEBHOOK, webhookId);
            secret = webhook.internal().path("secret").asText("");
            json = webhook.json().deepCopy();
        }
        ObjectNode body = payload;
        if (body == null && type == null) {
            body = Json.object().put("webhookId", webhookId).put("projectId", projectId)
                    .put("target", json.path("target").asText()).put("sentAt", Timestamps.format(clock.now()));
        }
        String trigger = type == null ? WebhookDispatcher.PING_TYPE : type;
        return webhooks.ping(new Event(projectId, trigger, ResourceKind.WEBHOOK, webhookId, body, comment, null),
                webhookId, json.path("target").asText(), secret);
    }

    /**
     * A resource as the simulator holds it: {@code {kind, key, stage, nextStage, dueAt, held, resource}}, where
     * {@code resource} is exactly what the API returns.
     */
    public ObjectNode resource(String projectId, ResourceKind kind, String key) {
        ProjectState project = store.project(projectId);
        synchronized (project) {
            return describe(find(project, kind, key));
        }
    }

    public List<ObjectNode> resources(String projectId, ResourceKind kind) {
        ProjectState project = store.project(projectId);
        synchronized (project) {
            return project.all(kind).stream().map(SimulatorControl::describe).toList();
        }
    }

    private static StoredResource find(ProjectState project, ResourceKind kind, String key) {
        return project.find(kind, key).orElseThrow(() -> new NoSuchElementException(
                "No " + kind.slug() + " " + key + " in project " + project.projectId()));
    }

    private static ObjectNode describe(StoredResource resource) {
        ObjectNode out = Json.object();
        out.put("kind", resource.kind().slug());
        out.put("key", resource.key());
        out.put("stage", resource.stage());
        out.put("nextStage", resource.nextStage());
        out.put("dueAt", resource.dueAt() == null ? null : Timestamps.format(resource.dueAt()));
        out.put("held", resource.held());
        out.set("resource", resource.json().deepCopy());
        return out;
    }

    // ---- faults ---------------------------------------------------------------------------------------------

    /** Activates a fault rule; returns its id. */
    public String addFault(FaultRule rule) {
        return faults.add(rule);
    }

    /** Active fault rules with the number of matching requests each will still affect. */
    public Map<String, Integer> faults() {
        Map<String, Integer> out = new LinkedHashMap<>();
        faults.active().forEach(a -> out.put(a.id(), a.remaining().get()));
        return out;
    }

    public boolean removeFault(String id) {
        return faults.remove(id);
    }

    public void clearFaults() {
        faults.clear();
    }

    // ---- logs -----------------------------------------------------------------------------------------------

    /** Requests received (API and token endpoint, not the control API), oldest first. */
    public List<RecordedRequest> requests() {
        return requests.entries();
    }

    public void clearRequests() {
        requests.clear();
    }

    /** Webhook delivery attempts, oldest first. */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    /**
     * Forgets all projects (seeded projects stop being served in strict mode), faults, logged requests and
     * deliveries. Issued tokens and the clock are kept, so a
     * client's cached token stays valid across tests.
     */
    public void reset() {
        store.clear();
        projects.reset();
        faults.clear();
        requests.clear();
        webhooks.clearDeliveries();
    }
}
