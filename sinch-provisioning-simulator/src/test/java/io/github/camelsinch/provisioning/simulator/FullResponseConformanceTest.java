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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import io.github.camelsinch.provisioning.simulator.contract.FullBodies;
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.support.ContractValidation;
import io.github.camelsinch.provisioning.simulator.support.Scenario;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every response of every operation, success and error, validated against the contract with
 * swagger-request-validator, with request bodies that fill every property and nested array ({@link FullBodies}).
 *
 * <p>Issue 15: behind an independent validator, bundles/create answered a {@code convApp.webhooks[0]} without the
 * required {@code id}. {@link ContractConformanceTest} sends realistic, minimal bodies, so such nested arrays
 * stayed empty there and the defect passed. Here they are filled; the error pass then sends every operation the
 * requests that make it fail (no credentials, an unknown project in strict mode, unknown ids, an invalid body,
 * an out-of-range page size) and validates those answers too.
 */
class FullResponseConformanceTest {

    private static final String PROJECT = "full-project";

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .strictProjects(true).projects(PROJECT).build());

    private static final FullBodies BODIES = new FullBodies(Contract.bundled());

    private Scenario s;

    private static String full(String operationId, String overrides) {
        return BODIES.of(operationId, overrides);
    }

    private static String full(String operationId) {
        return BODIES.of(operationId, null);
    }

    private static void advance() {
        SIM.control().advance(Duration.ofMinutes(2));
    }

    @Test
    void everySuccessResponseConformsWithEveryNestedArrayFilled() {
        s = new Scenario(SimClient.bearer(SIM.simulator()), PROJECT);
        whatsappAccount();
        whatsappFlowsAndSolutions();
        whatsappSenders();
        whatsappTemplates();
        rcs();
        kakaotalk();
        webhooksAndBundles();
        conversation();
        s.call("accountscontroller_deleteaccount_v1", 204, null);

        Set<String> missing = allOperations();
        missing.removeAll(s.covered());
        assertEquals(Set.of(), missing, "operations not exercised");
        assertTrue(s.errors().isEmpty(), () -> s.errors().size() + " problems:\n" + String.join("\n", s.errors()));
    }

    /** The bodies really are full: the bundle order carries Conversation API webhooks, the defect's location. */
    @Test
    void fullBodiesFillNestedArrays() {
        ObjectNode bundle = (ObjectNode) Json.parse(full("bundlescontroller_create_v1"));
        assertTrue(bundle.path("convApp").path("webhooks").size() >= 2, bundle.toString());
        ObjectNode template = (ObjectNode) Json.parse(full("templatescontroller_createtemplate_v1"));
        assertTrue(template.path("details").path("components").size() >= 4, "one component per alternative");
    }

    @Test
    void everyErrorResponseConforms() {
        SimClient client = SimClient.basic(SIM.simulator());
        SimClient anonymous = new SimClient(SIM.baseUrl(), null);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> errorsPerOperation = new TreeMap<>();
        for (OperationSpec op : Contract.bundled().operations()) {
            List<SimClient.Exchange> answers = new ArrayList<>();
            SimClient.Exchange unknownProject = send(client, op, "unknown-project", null, null);
            answers.add(unknownProject);
            // Without credentials the body is the same 401 (validated once, to keep the run short).
            SimClient.Exchange noCredentials = send(anonymous, op, PROJECT, null, null);
            if (noCredentials.status() != 401 || !noCredentials.body().equals(unknownProject.body())) {
                problems.add(op.operationId() + ": expected the same 401 without credentials, got " + noCredentials);
            }
            if (op.pathTemplate().indexOf('{', op.pathTemplate().indexOf("{projectId}") + 1) > 0) {
                answers.add(send(client, op, PROJECT, null, null));
            }
            if (op.requestBody() != null) {
                answers.add(send(client, op, PROJECT, "[\"not an object\"]", null));
            }
            if (op.pageSize().isPresent()) {
                answers.add(send(client, op, PROJECT, null, "pageSize=100000"));
            }
            for (SimClient.Exchange answer : answers) {
                if (answer.status() < 400 || answer.status() >= 500) {
                    problems.add(op.operationId() + ": expected a 4xx error but got " + answer);
                    continue;
                }
                errorsPerOperation.merge(op.operationId(), 1, Integer::sum);
                ContractValidation.responseErrors(answer).stream()
                        .filter(e -> !knownGap(op, answer, e))
                        .forEach(e -> problems.add(op.operationId() + " " + answer.status() + ": " + e));
            }
        }
        assertEquals(allOperations(), errorsPerOperation.keySet());
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * The one answer the contract leaves undocumented: solutions/create lists no 400, yet an invalid body must be
     * refused somehow, and 404 or 500 would misstate why (see the README's known limits).
     */
    private static boolean knownGap(OperationSpec op, SimClient.Exchange answer, String error) {
        return op.operationId().equals("solutionscontroller_createsolution_v1") && answer.status() == 400
                && error.startsWith("validation.response.status.unknown");
    }

    /** Calls an operation with path parameters that name nothing in the project. */
    private static SimClient.Exchange send(SimClient client, OperationSpec op, String projectId, String body,
                                           String query) {
        String path = op.pathTemplate().replace("{projectId}", projectId);
        for (Map.Entry<String, String> param : Map.of("senderId", "00000000-0000-4000-a000-000000000000",
                "templateName", "missing_template", "languageCode", "EN", "plusFriendId", "@missing",
                "templateCode", "MISSING", "webhookId", "01MISSINGWEBHOOK0000000000", "bundleId",
                "62a02dd40000000000000000", "conversationAppId", "01HMISSINGAPP", "testNumber", "+46000000000",
                "useCase", "NOT_A_USE_CASE").entrySet()) {
            path = path.replace("{" + param.getKey() + "}",
                    URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
        }
        path = path.replace("{flowId}", "missing-flow").replace("{solutionId}", "missing-solution");
        String target = query == null ? path : path + "?" + query;
        return client.send(op.method(), target, body, body == null ? Map.of() : Map.of("Content-Type",
                "application/json"));
    }

    private static Set<String> allOperations() {
        return Contract.bundled().operations().stream().map(OperationSpec::operationId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void whatsappAccount() {
        s.call("accountscontroller_createaccount_v1", 201, full("accountscontroller_createaccount_v1"));
        s.call("accountscontroller_getaccount_v1", 200, null);
        s.call("accountscontroller_createcomment_v1", 201, full("accountscontroller_createcomment_v1"));
        advance();
        s.call("accountscontroller_updateaccount_v1", 200, full("accountscontroller_updateaccount_v1"));
        s.call("accountscontroller_getaccount_v1", 200, null);
        s.call("accountscontroller_listactivities_v1", 200, null);
        s.call("templateanalyticshelperscontroller_enabletemplateanalytics_v1", 200, null);
        s.call("embeddedsignuphelpercontroller_createlonglivedaccesstoken_v1", 201,
                full("embeddedsignuphelpercontroller_createlonglivedaccesstoken_v1"));
        s.call("embeddedsignuphelpercontroller_listwabadetailsfortoken_v1", 200,
                full("embeddedsignuphelpercontroller_listwabadetailsfortoken_v1"));
    }

    private void whatsappFlowsAndSolutions() {
        String flowId =
                s.call("flowscontroller_listflows_v1", 200, null).json().path("flows").get(0).path("id").asText();
        s.call("flowscontroller_listflowscreens_v1", 200, null, "flowId", flowId);
        String solutionId = s.call("solutionscontroller_createsolution_v1", 201,
                full("solutionscontroller_createsolution_v1")).json().path("solutions").get(0).path("id").asText();
        s.call("solutionscontroller_listsolutions_v1", 200, null);
        s.call("solutionscontroller_getsolution_v1", 200, null, "solutionId", solutionId);
        s.call("solutionscontroller_assignsolution_v1", 204, null, "solutionId", solutionId);
    }

    private void whatsappSenders() {
        String create = "senderscontroller_createsender_v1";
        String embedded = s.call(create, 201, full(create)).json().path("id").asText();
        String partner = s.call(create, 201, BODIES.of(create, 1, "{\"status\":\"SUBMIT\"}"))
                .json().path("id").asText();
        s.call("senderscontroller_listsenders_v1", 200, null);
        s.call("senderscontroller_createcomment_v1", 201, full("senderscontroller_createcomment_v1"),
                "senderId", embedded);
        advance();
        s.call("senderscontroller_get_v1", 200, null, "senderId", partner);
        s.call("senderscontroller_register_v1", 200, full("senderscontroller_register_v1"), "senderId", partner);
        s.call("senderscontroller_verify_v1", 204, full("senderscontroller_verify_v1", "{\"code\":\"123456\"}"),
                "senderId", partner);
        s.call("senderscontroller_update_v1", 200, full("senderscontroller_update_v1"), "senderId", embedded);
        s.call("senderscontroller_get_v1", 200, null, "senderId", embedded);
        s.call("senderscontroller_listactivities_v1", 200, null, "senderId", embedded);
        s.call("senderscontroller_getsuggestedusernames_v1", 200, null, "senderId", partner);
        s.call("senderscontroller_deletechanges_v1", 204, null, "senderId", embedded);
        advance();
        s.call("senderscontroller_listsenders_v1", 200, null);
        s.call("senderscontroller_delete_v1", 204, null, "senderId", embedded);
    }

    private void whatsappTemplates() {
        String create = "templatescontroller_createtemplate_v1";
        s.call(create, 201, full(create, "{\"name\":\"order_update\",\"language\":\"EN\",\"status\":\"SUBMIT\"}"));
        s.call(create, 201, full(create, "{\"name\":\"order_draft\",\"language\":\"EN\",\"status\":\"DRAFT\"}"));
        s.call("templatescontroller_listtemplates_v1", 200, null);
        advance();
        s.call("templatescontroller_listtemplates_v1", 200, null);
        s.call("templatescontroller_listtemplatesbyname_v1", 200, null, "templateName", "order_update");
        s.call("templatescontroller_gettemplate_v1", 200, null, "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_updatetemplate_v1", 200, full("templatescontroller_updatetemplate_v1"),
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_listactivities_v1", 200, null, "templateName", "order_update", "languageCode",
                "EN");
        s.call("templatescontroller_createcomment_v1", 201, full("templatescontroller_createcomment_v1"),
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_comparetemplates_v1", 200, full("templatescontroller_comparetemplates_v1"),
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_synctemplates_v1", 200, null);
        s.callWithQuery("templatescontroller_deletetemplatebynameandlanguage_v1", 204, null, "deleteSubmitted=true",
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_deletetemplatesbyname_v1", 204, null, "templateName", "order_draft");
    }

    private void rcs() {
        s.call("rcsaccountscontroller_createcomment_v1", 201, full("rcsaccountscontroller_createcomment_v1"));
        s.call("rcsaccountscontroller_listactivities_v1", 200, null);
        s.callWithQuery("questionnairecontroller_getquestions_v1", 200, null, "countries=GB&countries=SE",
                "useCase", "OTP");
        String id = s.call("rcssenderscontroller_createsender_v1", 201, full("rcssenderscontroller_createsender_v1",
                "{\"details\":{\"testNumbers\":[\"+46123123111\"],\"countries\":[\"GB\",\"SE\"]}}"))
                .json().path("id").asText();
        s.call("rcssenderscontroller_listsenders_v1", 200, null);
        s.call("rcssenderscontroller_updatesender_v1", 200, full("rcssenderscontroller_updatesender_v1",
                "{\"details\":{\"testNumbers\":[\"+46123123111\"],\"countries\":[\"GB\",\"SE\"]}}"), "senderId", id);
        s.call("senderscontroller_createsendercomment_v1", 201, full("senderscontroller_createsendercomment_v1"),
                "senderId", id);
        advance();
        s.call("senderscontroller_addtestnumbers_v1", 200, full("senderscontroller_addtestnumbers_v1",
                "{\"testNumbers\":[\"+46123123222\"]}"), "senderId", id);
        advance();
        s.call("senderscontroller_gettestnumberstate_v1", 200, null, "senderId", id, "testNumber", "+46123123222");
        s.call("senderscontroller_gettestnumbercapabilities_v1", 200, null, "senderId", id, "testNumber",
                "+46123123222");
        s.call("senderscontroller_retrytestnumber_v1", 200, null, "senderId", id, "testNumber", "+46123123111");
        s.call("senderscontroller_deletetestnumber_v1", 204, null, "senderId", id, "testNumber", "+46123123111");
        s.call("senderscontroller_launchsender_v1", 200, null, "senderId", id);
        advance();
        s.call("rcssenderscontroller_getsender_v1", 200, null, "senderId", id);
        s.call("rcssenderscontroller_listsenders_v1", 200, null);
        s.call("rcssenderscontroller_listactivities_v1", 200, null, "senderId", id);
    }

    private void kakaotalk() {
        s.call("categoriescontroller_listsendercategories_v1", 200, null);
        String create = "kakaotalksenderscontroller_createsender_v1";
        s.call(create, 201, full(create, "{\"plusFriendId\":\"@acme\",\"details\":{\"topLevelCategoryCode\":\"019\","
                + "\"midLevelCategoryCode\":\"0006\",\"subLevelCategoryCode\":\"0001\"}}"));
        s.call("kakaotalksenderscontroller_listsenders_v1", 200, null);
        s.call("senderscontroller_registersender_v1", 200, null, "plusFriendId", "@acme");
        s.call("senderscontroller_verifysender_v1", 200, full("senderscontroller_verifysender_v1", "{\"code\":123456}"),
                "plusFriendId", "@acme");
        s.call("senderscontroller_getsender_v1", 200, null, "plusFriendId", "@acme");
        s.call("senderscontroller_updatesender_v1", 200, full("senderscontroller_updatesender_v1"),
                "plusFriendId", "@acme");
        s.call("senderscontroller_getsender_v1", 200, null, "plusFriendId", "@acme");
        s.call("kakaotalksenderscontroller_deletechanges_v1", 204, null, "plusFriendId", "@acme");
        s.call("kakaotalksenderscontroller_createcomment_v1", 201, full("kakaotalksenderscontroller_createcomment_v1"),
                "plusFriendId", "@acme");
        s.call("kakaotalksenderscontroller_listactivities_v1", 200, null, "plusFriendId", "@acme");
        s.call("categoriescontroller_gettemplatecategories_v1", 200, null, "plusFriendId", "@acme");

        String template = "kakaotalktemplatescontroller_createtemplate_v1";
        String code = s.call(template, 201, full(template, "{\"status\":\"SUBMIT\"}"), "plusFriendId", "@acme")
                .json().path("code").asText();
        s.call("kakaotalktemplatescontroller_listtemplates_v1", 200, null, "plusFriendId", "@acme");
        advance();
        s.call("templatescontroller_get_v1", 200, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("kakaotalktemplatescontroller_updatetemplate_v1", 200,
                full("kakaotalktemplatescontroller_updatetemplate_v1"), "plusFriendId", "@acme", "templateCode", code);
        s.call("templatescontroller_get_v1", 200, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("templatescontroller_deletetemplatedraft_v1", 204, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("kakaotalktemplatescontroller_createcomment_v1", 201,
                full("kakaotalktemplatescontroller_createcomment_v1"), "plusFriendId", "@acme", "templateCode", code);
        s.call("kakaotalktemplatescontroller_listactivities_v1", 200, null, "plusFriendId", "@acme",
                "templateCode", code);
        s.call("kakaotalktemplatescontroller_listtemplates_v1", 200, null, "plusFriendId", "@acme");
        s.call("templatescontroller_deletetemplate_v1", 204, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("senderscontroller_deletesender_v1", 204, null, "plusFriendId", "@acme");
    }

    private void webhooksAndBundles() {
        String id = s.call("webhookcontroller_createwebhook_v1", 201, full("webhookcontroller_createwebhook_v1",
                "{\"target\":\"http://127.0.0.1:9/full\"}")).json().path("id").asText();
        s.call("webhookcontroller_listwebhooks_v1", 200, null);
        s.call("webhookcontroller_getwebhook_v1", 200, null, "webhookId", id);
        s.call("webhookcontroller_replacewebhook_v1", 200, full("webhookcontroller_replacewebhook_v1",
                "{\"target\":\"http://127.0.0.1:9/replaced\"}"), "webhookId", id);
        s.call("webhookcontroller_updatewebhook_v1", 200, full("webhookcontroller_updatewebhook_v1",
                "{\"target\":\"http://127.0.0.1:9/updated\"}"), "webhookId", id);
        s.call("webhookcontroller_deletewebhook_v1", 204, null, "webhookId", id);

        String bundle = s.call("bundlescontroller_create_v1", 201, full("bundlescontroller_create_v1"))
                .json().path("id").asText();
        s.call("bundlescontroller_list_v1", 200, null);
        advance();
        s.call("bundlescontroller_get_v1", 200, null, "bundleId", bundle);
        s.call("bundlescontroller_list_v1", 200, null);
    }

    private void conversation() {
        for (String channel : new String[] {"instagram", "messenger", "telegram", "viber"}) {
            SIM.control().seed(PROJECT, ResourceKind.CONVERSATION_CHANNEL,
                    Json.object().put("appId", "01HAPP").put("channel", channel));
        }
        advance();
        s.call("instagramcontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("messengercontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("telegramcontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("vibercontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
    }
}
