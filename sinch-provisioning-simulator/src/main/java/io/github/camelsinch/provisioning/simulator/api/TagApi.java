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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.lifecycle.Event;
import io.github.camelsinch.provisioning.simulator.lifecycle.Timestamps;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Base of the per-tag handler classes: binds operations and offers the few things every tag needs
 * (templates from the contract, lookups that answer the documented 404, comments, activity lists, timestamps).
 */
abstract class TagApi {

    protected final ApiContext ctx;

    TagApi(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Binds this tag's operations. */
    abstract void bind(ApiRoutes routes);

    protected ObjectNode template(String operationId) {
        return ctx.shapes().template(operationId);
    }

    protected Instant instant() {
        return ctx.clock().now();
    }

    protected String now() {
        return Timestamps.format(instant());
    }

    /** The part of {@code input} that fits the named response schema, as an object (empty when nothing fits). */
    protected ObjectNode project(String schemaName, JsonNode input) {
        JsonNode projected = ctx.shapes().project(schemaName, input);
        return projected instanceof ObjectNode object ? object : Json.object();
    }

    protected StoredResource require(ProjectState project, ResourceKind kind, String key) {
        return project.find(kind, key).orElseThrow(() -> PapiErrors.notFound(kind.notFoundCode(),
                "Resource not found."));
    }

    protected static ServerResponse ok(JsonNode body) {
        return ServerResponse.json(200, body);
    }

    protected static ServerResponse created(JsonNode body) {
        return ServerResponse.json(201, body);
    }

    protected static ServerResponse noContent() {
        return ServerResponse.empty(204);
    }

    protected void activity(StoredResource resource, String type) {
        ctx.engine().activities().record(resource, type, null, instant());
    }

    /** The activities operation of every tag: the resource's entries, newest first, paged. */
    protected ServerResponse activities(Call call, StoredResource resource) {
        return ok(Pagination.page(call.operation(), call.request(), resource.activities(), "notifications"));
    }

    /**
     * The comment operation of every tag: records the entry, tells subscribed webhooks (with the resource as
     * payload, or none for the RCS account) and answers 201 with the comment.
     */
    protected ServerResponse comment(Call call, StoredResource resource, String trigger, boolean withPayload) {
        String text = call.body().path("comment").asText();
        ctx.engine().activities().record(resource, "COMMENT_ADDED", text, instant());
        ctx.engine().events().publish(new Event(call.projectId(), trigger, resource.kind(), resource.key(),
                withPayload ? resource.json().deepCopy() : null, text, null));
        ObjectNode body = Json.object();
        body.put("type", "CREATED");
        body.put("comment", text);
        body.put("created", now());
        return created(body);
    }

    /** Values of an array filter; a resource passes when the filter is empty or its value is listed. */
    protected static Predicate<StoredResource> filter(List<String> accepted,
                                                      java.util.function.Function<ObjectNode, JsonNode> value) {
        return r -> accepted.isEmpty() || accepted.contains(value.apply(r.json()).asText());
    }

    /**
     * The {@code filterStates} (on {@code state}) and {@code filterStatuses} (on {@code changes.status}) query
     * filters that the sender and template lists share.
     */
    protected static Predicate<StoredResource> stateAndStatusFilter(Call c) {
        return filter(c.request().queryList("filterStates"), j -> j.path("state"))
                .and(filter(c.request().queryList("filterStatuses"), j -> j.path("changes").path("status")));
    }

    protected static List<ObjectNode> jsonOf(List<StoredResource> resources) {
        return resources.stream().map(StoredResource::json).toList();
    }

    /** Stamps {@code modified} with the current time. */
    protected void touch(StoredResource resource) {
        resource.json().put("modified", now());
    }
}
