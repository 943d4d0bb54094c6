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
package io.github.camelsinch.provisioning.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorControl;
import io.github.camelsinch.provisioning.simulator.WebhookDelivery;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.ServerRequest;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.lifecycle.Timestamps;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP face of {@link SimulatorControl} under {@code /_sim}, for tools and tests in other languages. It needs
 * no credentials (the simulator listens on loopback) and answers plain JSON; errors are
 * {@code {"error": "..."}} with 400, 404 or 409. The README lists every endpoint with an example.
 */
public final class ControlApi {

    /** Path prefix of the control API. */
    public static final String PREFIX = "/_sim";

    private static final Pattern RESOURCES = Pattern.compile("/_sim/projects/([^/]+)/resources/([^/]+)(?:/(.+))?");

    private final SimulatorControl control;

    public ControlApi(SimulatorControl control) {
        this.control = control;
    }

    public ServerResponse handle(ServerRequest request) {
        try {
            return route(request);
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    private ServerResponse route(ServerRequest request) {
        String method = request.method();
        String path = request.path().endsWith("/") ? request.path().substring(0, request.path().length() - 1)
                : request.path();
        Matcher resources = RESOURCES.matcher(path);
        if (resources.matches()) {
            return resources(request, resources.group(1), kind(resources.group(2)), resources.group(3));
        }
        return switch (method + " " + path) {
            case "GET /_sim/health" -> ok(Json.object().put("status", "UP"));
            case "POST /_sim/reset" -> {
                control.reset();
                yield ServerResponse.empty(204);
            }
            case "GET /_sim/requests" -> ok(requests());
            case "DELETE /_sim/requests" -> {
                control.clearRequests();
                yield ServerResponse.empty(204);
            }
            case "GET /_sim/webhooks/deliveries" -> ok(deliveries());
            case "GET /_sim/faults" -> ok(Json.MAPPER.valueToTree(control.faults()));
            case "POST /_sim/faults" -> {
                FaultRule rule = FaultJson.rule(request.json());
                yield ServerResponse.json(201, Json.object().put("id", control.addFault(rule)));
            }
            case "DELETE /_sim/faults" -> {
                control.clearFaults();
                yield ServerResponse.empty(204);
            }
            case "GET /_sim/clock" -> ok(clock());
            case "POST /_sim/clock/advance" -> {
                int steps = control.advance(duration(request.json()));
                yield ok(clock().put("stepsApplied", steps));
            }
            case "POST /_sim/tick" -> ok(clock().put("stepsApplied", control.tick()));
            case "GET /_sim/lifecycles" -> ok(Json.MAPPER.valueToTree(control.lifecycles()));
            default -> path.startsWith("/_sim/faults/") && "DELETE".equals(method)
                    ? deleteFault(path.substring("/_sim/faults/".length()))
                    : error(404, "No control endpoint " + method + " " + path);
        };
    }

    private ServerResponse resources(ServerRequest request, String projectId, ResourceKind kind, String rest) {
        String method = request.method();
        if (rest == null) {
            if ("GET".equals(method)) {
                ArrayNode list = Json.array();
                control.resources(projectId, kind).forEach(list::add);
                return ok(list);
            }
            if ("POST".equals(method)) {
                return ServerResponse.json(201, control.seed(projectId, kind, request.json()));
            }
        } else if (rest.endsWith("/transition") && "POST".equals(method)) {
            String key = rest.substring(0, rest.length() - "/transition".length());
            JsonNode body = request.json();
            return ok(control.transition(projectId, kind, key, body.path("stage").asText(null)));
        } else if (rest.endsWith("/ping") && "POST".equals(method) && kind == ResourceKind.WEBHOOK) {
            return ok(ping(projectId, rest.substring(0, rest.length() - "/ping".length()), request));
        } else if ("GET".equals(method)) {
            return ok(control.resource(projectId, kind, rest));
        } else if ("DELETE".equals(method)) {
            return ok(control.delete(projectId, kind, rest));
        }
        return error(404, "No control endpoint " + method + " " + request.path());
    }

    /** A ping's optional body: {@code type}, {@code payload} (an object) and {@code comment}. */
    private ObjectNode ping(String projectId, String webhookId, ServerRequest request) {
        JsonNode body = request.json();
        JsonNode payload = body.path("payload");
        if (!payload.isMissingNode() && !payload.isObject()) {
            throw new IllegalArgumentException("\"payload\" must be a JSON object");
        }
        return delivery(control.pingWebhook(projectId, webhookId, body.path("type").asText(null),
                payload.isObject() ? (ObjectNode) payload : null, body.path("comment").asText(null)));
    }

    private ArrayNode requests() {
        ArrayNode list = Json.array();
        for (RecordedRequest r : control.requests()) {
            ObjectNode entry = list.addObject().put("at", Timestamps.format(r.at())).put("method", r.method())
                    .put("path", r.path()).put("query", r.query());
            entry.set("headers", Json.MAPPER.valueToTree(r.headers()));
            entry.put("body", r.body()).put("status", r.status());
        }
        return list;
    }

    private ArrayNode deliveries() {
        ArrayNode list = Json.array();
        for (WebhookDelivery d : control.webhookDeliveries()) {
            list.add(delivery(d));
        }
        return list;
    }

    private static ObjectNode delivery(WebhookDelivery d) {
        return Json.object().put("at", Timestamps.format(d.at())).put("projectId", d.projectId())
                .put("webhookId", d.webhookId()).put("target", d.target()).put("trigger", d.trigger())
                .put("attempt", d.attempt()).put("status", d.status()).put("error", d.error());
    }

    private ServerResponse deleteFault(String id) {
        return control.removeFault(id) ? ServerResponse.empty(204) : error(404, "No fault " + id);
    }

    private ObjectNode clock() {
        return Json.object().put("now", Timestamps.format(control.now()));
    }

    private static Duration duration(JsonNode body) {
        if (body.has("duration")) {
            return Duration.parse(body.get("duration").asText());
        }
        if (body.has("seconds")) {
            return Duration.ofMillis(Math.round(body.get("seconds").asDouble() * 1000));
        }
        throw new IllegalArgumentException("Give \"seconds\" or an ISO-8601 \"duration\"");
    }

    private static ResourceKind kind(String slug) {
        return ResourceKind.fromSlug(slug).orElseThrow(() -> new NoSuchElementException("Unknown kind " + slug));
    }

    private static ServerResponse ok(JsonNode body) {
        return ServerResponse.json(200, body);
    }

    private static ServerResponse error(int status, String message) {
        return ServerResponse.json(status, Json.object().put("error", message));
    }
}
