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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tag "RCS Senders": RCS agents, their test numbers and their launch. A sender goes IN_TEST by itself; test
 * numbers are invited (PENDING) and become VERIFIED one step later; launch is a client call.
 */
final class RcsSendersApi extends TagApi implements ResourceSeeder {

    private static final Map<String, String> HOSTING = Map.of("EU", "EUROPE", "US", "NORTH_AMERICA",
            "BR", "NORTH_AMERICA");
    private static final String NUMBERS = "testNumberStates";

    RcsSendersApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("rcssenderscontroller_listsenders_v1", this::list);
        routes.bind("rcssenderscontroller_createsender_v1", this::create);
        routes.bind("rcssenderscontroller_getsender_v1", c -> ok(sender(c).json()));
        routes.bind("rcssenderscontroller_updatesender_v1", this::update);
        routes.bind("rcssenderscontroller_listactivities_v1", c -> activities(c, sender(c)));
        routes.bind("senderscontroller_createsendercomment_v1",
                c -> comment(c, sender(c), "RCS_SENDER_COMMENT_ADDED", true));
        routes.bind("senderscontroller_launchsender_v1", this::launch);
        routes.bind("senderscontroller_addtestnumbers_v1", this::addTestNumbers);
        routes.bind("senderscontroller_gettestnumberstate_v1", c -> ok(testNumber(c, sender(c))));
        routes.bind("senderscontroller_deletetestnumber_v1", this::deleteTestNumber);
        routes.bind("senderscontroller_retrytestnumber_v1", this::retryTestNumber);
        routes.bind("senderscontroller_gettestnumbercapabilities_v1", this::capabilities);
    }

    private StoredResource sender(Call c) {
        return require(c.project(), ResourceKind.RCS_SENDER, c.path("senderId"));
    }

    private ServerResponse list(Call c) {
        List<String> states = c.request().queryList("filterStates");
        List<String> ids = c.request().queryList("filterSenderIds");
        String app = c.request().query("filterConversationApiAppId").orElse(null);
        String name = c.request().query("filterSenderName").orElse("");
        Comparator<StoredResource> order = sortOrder(c.request().query("sortColumn").orElse(null));
        if ("DESC".equals(c.request().query("sortDirection").orElse("ASC"))) {
            order = order.reversed();
        }
        List<StoredResource> senders = c.project().all(ResourceKind.RCS_SENDER).stream()
                .filter(filter(states, j -> j.path("state")))
                .filter(filter(ids, j -> j.path("id")))
                .filter(r -> app == null || app.equals(r.json().path("conversationApiApp").asText()))
                .filter(r -> brandName(r).contains(name))
                .sorted(order)
                .toList();
        return ok(Pagination.page(c.operation(), c.request(), jsonOf(senders), "senders"));
    }

    private static Comparator<StoredResource> sortOrder(String column) {
        String field = column == null ? "created" : switch (column) {
            case "MODIFIED" -> "modified";
            case "NAME" -> "name";
            case "STATE" -> "state";
            default -> "created";
        };
        return Comparator.comparing(r -> "name".equals(field) ? brandName(r) : r.json().path(field).asText());
    }

    private static String brandName(StoredResource r) {
        return r.json().path("details").path("brand").path("name").asText("");
    }

    private ServerResponse create(Call c) {
        ObjectNode json = defaults(c.project(), c.body());
        StoredResource sender = c.project().put(new StoredResource(ResourceKind.RCS_SENDER,
                json.path("id").asText(), json));
        activity(sender, "CREATED");
        ctx.engine().enter(c.project(), sender, "IN_PROGRESS");
        return created(sender.json());
    }

    private ServerResponse update(Call c) {
        StoredResource sender = sender(c);
        Json.merge(sender.json().withObject("/details"), project("RcsSenderDetailsDto", c.body().path("details")));
        touch(sender);
        activity(sender, "EDITED");
        return ok(sender.json());
    }

    /** Launch is only possible from IN_TEST (409 otherwise) and needs at least one target country (412). */
    private ServerResponse launch(Call c) {
        StoredResource sender = sender(c);
        if (!"IN_TEST".equals(sender.json().path("state").asText())) {
            throw PapiErrors.conflict("launch_invalid_agent_state", "The sender cannot be launched in its state.");
        }
        if (sender.json().path("details").path("countries").isEmpty()) {
            throw PapiErrors.error(412, "launch_precondition_failed", "The sender has no countries to launch in.");
        }
        ctx.engine().enter(c.project(), sender, "PREPARING_LAUNCH");
        return ok(sender.json());
    }

    private ServerResponse addTestNumbers(Call c) {
        StoredResource sender = sender(c);
        for (JsonNode number : c.body().path("testNumbers")) {
            if (findNumber(sender, number.asText()).isEmpty()) {
                addNumber(sender.json(), number.asText());
            }
        }
        scheduleVerification(sender);
        ObjectNode body = Json.object();
        body.set("testNumbers", sender.json().path(NUMBERS).deepCopy());
        return ok(body);
    }

    private ServerResponse deleteTestNumber(Call c) {
        StoredResource sender = sender(c);
        ObjectNode number = testNumber(c, sender);
        ArrayNode numbers = (ArrayNode) sender.json().get(NUMBERS);
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) == number) {
                numbers.remove(i);
                break;
            }
        }
        return noContent();
    }

    private ServerResponse retryTestNumber(Call c) {
        StoredResource sender = sender(c);
        ObjectNode number = testNumber(c, sender);
        number.put("state", "PENDING").put("submitted", now());
        scheduleVerification(sender);
        return ok(number);
    }

    private ServerResponse capabilities(Call c) {
        ObjectNode number = testNumber(c, sender(c));
        if (!"VERIFIED".equals(number.path("state").asText())) {
            throw PapiErrors.notFound("user_has_not_accepted_invite", "The tester has not accepted the invite.");
        }
        return ok(template("senderscontroller_gettestnumbercapabilities_v1"));
    }

    /** Invited numbers become VERIFIED one step later, once the sender can be tested. */
    private void scheduleVerification(StoredResource sender) {
        if ("IN_TEST".equals(sender.json().path("state").asText())) {
            ctx.engine().scheduleIfIdle(sender, "TEST_NUMBERS_VERIFIED");
        }
    }

    private ObjectNode testNumber(Call c, StoredResource sender) {
        return findNumber(sender, c.path("testNumber")).orElseThrow(() -> PapiErrors.notFound(
                "user_is_not_tester_for_agent", "The number is not a tester of this sender."));
    }

    private static Optional<ObjectNode> findNumber(StoredResource sender, String number) {
        for (JsonNode entry : sender.json().path(NUMBERS)) {
            if (entry.path("number").asText().equals(number)) {
                return Optional.of((ObjectNode) entry);
            }
        }
        return Optional.empty();
    }

    private void addNumber(ObjectNode json, String number) {
        json.withArray(NUMBERS).addObject().put("number", number).put("state", "PENDING").put("submitted", now());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.RCS_SENDER;
    }

    /** The created sender: documented shape, fresh ids and credentials, the client's details and test numbers. */
    @Override
    public ObjectNode defaults(ProjectState project, JsonNode input) {
        ObjectNode json = template("rcssenderscontroller_getsender_v1");
        json.remove(List.of("state", NUMBERS, "countryStatus", "launched", "brandDetails", "campaignDetails"));
        String appId = ctx.ids().appId();
        json.put("id", ctx.ids().uuid());
        json.put("created", now());
        json.put("modified", now());
        json.put("authName", ctx.ids().alphanumeric(12));
        json.put("authToken", ctx.ids().alphanumeric(20));
        json.put("conversationApiApp", appId);
        ObjectNode echoed = project("RcsSenderDto", input);
        echoed.retain("region", "billingCategory", "useCase");
        Json.merge(json, echoed);
        json.put("hostingRegion", HOSTING.getOrDefault(json.path("region").asText(), "EUROPE"));
        json.withObject("/conversationApiAppDetails").put("id", appId).put("projectId", project.projectId())
                .put("region", json.path("region").asText());
        json.withObject("/supplierDetails/google").put("agentId", ctx.ids().alphanumeric(16))
                .put("brandId", ctx.ids().alphanumeric(16));
        ObjectNode details = json.withObject("/details");
        details.remove(List.of("testNumbers", "countries"));
        Json.merge(details, project("RcsSenderDetailsDto", input.path("details")));
        for (JsonNode number : details.path("testNumbers")) {
            addNumber(json, number.asText());
        }
        json.withArray(NUMBERS);
        return json;
    }

    @Override
    public String initialStage() {
        return "IN_PROGRESS";
    }
}
