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
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.support.Scenario;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives every one of the 85 operations through a realistic scenario (with lifecycles moving in between) and
 * validates each request/response pair against the contract with swagger-request-validator.
 */
class ContractConformanceTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String COMMENT = "{\"comment\":\"Looks good.\"}";

    @Test
    void everyOperationAnswersAsTheContractDocuments() {
        Scenario s = new Scenario(SimClient.bearer(SIM.simulator()), "conformance-project");
        whatsappAccount(s);
        whatsappFlowsAndSolutions(s);
        whatsappSenders(s);
        whatsappTemplates(s);
        rcs(s);
        kakaotalk(s);
        webhooksAndBundles(s);
        conversation(s);
        errors(s);
        s.call("accountscontroller_deleteaccount_v1", 204, null);

        Set<String> all = Contract.bundled().operations().stream().map(OperationSpec::operationId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(s.covered());
        assertEquals(85, all.size());
        assertEquals(Set.of(), missing, "operations not exercised");
        assertTrue(s.errors().isEmpty(), () -> s.errors().size() + " problems:\n" + String.join("\n", s.errors()));
    }

    /** The validation above has teeth: a body missing required fields is reported. */
    @Test
    void theValidatorRejectsABrokenResponse() {
        SimClient.Exchange broken = new SimClient.Exchange("GET", "/v1/projects/p/whatsapp/senders/x", null,
                java.util.Map.of("Authorization", "Basic YTpi"), null, 200,
                java.util.Map.of("content-type", "application/json"), "{\"id\":\"x\",\"state\":\"SLEEPING\"}");
        java.util.List<String> errors = io.github.camelsinch.provisioning.simulator.support.ContractValidation
                .errors(broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains("required")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("/state")), errors.toString());
    }

    private static void advance() {
        SIM.control().advance(Duration.ofMinutes(2));
    }

    private void whatsappAccount(Scenario s) {
        s.call("accountscontroller_createaccount_v1", 201,
                "{\"companyLegalName\":\"Acme Ltd\",\"clientBusinessManagerId\":\"1234567890\"}");
        s.call("accountscontroller_getaccount_v1", 200, null);
        s.call("accountscontroller_createcomment_v1", 201, COMMENT);
        advance();
        s.call("accountscontroller_updateaccount_v1", 200, "{\"wabaName\":\"Acme WABA\"}");
        s.callWithQuery("accountscontroller_listactivities_v1", 200, null, "pageSize=2");
        s.call("templateanalyticshelperscontroller_enabletemplateanalytics_v1", 200, null);
        s.call("embeddedsignuphelpercontroller_createlonglivedaccesstoken_v1", 201,
                "{\"facebookToken\":\"FACEBOOK_TOKEN\"}");
        s.call("embeddedsignuphelpercontroller_listwabadetailsfortoken_v1", 200,
                "{\"facebookToken\":\"FACEBOOK_TOKEN\"}");
    }

    private void whatsappFlowsAndSolutions(Scenario s) {
        String flowId = s.callWithQuery("flowscontroller_listflows_v1", 200, null, "pageSize=1")
                .json().path("flows").get(0).path("id").asText();
        s.call("flowscontroller_listflowscreens_v1", 200, null, "flowId", flowId);
        String solutionId = s.call("solutionscontroller_createsolution_v1", 201,
                "{\"accessToken\":\"token\",\"businessManager\":\"SINCH_UK\",\"details\":{\"name\":\"Mine\"}}")
                .json().path("solutions").get(0).path("id").asText();
        s.call("solutionscontroller_listsolutions_v1", 200, null);
        s.call("solutionscontroller_getsolution_v1", 200, null, "solutionId", solutionId);
        s.call("solutionscontroller_assignsolution_v1", 204, null, "solutionId", solutionId);
    }

    private void whatsappSenders(Scenario s) {
        String es = s.call("senderscontroller_createsender_v1", 201, "{\"region\":\"EU\",\"metaLocalStorage\":\"DE\","
                + "\"wabaId\":\"11111111111111\",\"phoneNumberId\":\"222222222222222\"}").json().path("id").asText();
        String partner = s.call("senderscontroller_createsender_v1", 201, "{\"region\":\"EU\",\"metaLocalStorage\":"
                + "\"DE\",\"phoneNumberProvider\":\"CUSTOMER\",\"details\":{\"countryCode\":\"48\",\"phoneNumber\":"
                + "\"777777777\",\"displayName\":\"Acme Support\",\"vertical\":\"EDUCATION\"}}").json().path("id")
                .asText();
        s.callWithQuery("senderscontroller_listsenders_v1", 200, null, "pageSize=1&filterStatuses=IN_PROGRESS");
        s.call("senderscontroller_createcomment_v1", 201, COMMENT, "senderId", es);
        advance();
        s.call("senderscontroller_get_v1", 200, null, "senderId", partner);
        s.call("senderscontroller_register_v1", 200, "{\"method\":\"SMS\"}", "senderId", partner);
        s.call("senderscontroller_verify_v1", 204, "{\"code\":\"123456\"}", "senderId", partner);
        s.call("senderscontroller_update_v1", 200, "{\"details\":{\"about\":\"New about\",\"email\":null}}",
                "senderId", es);
        s.call("senderscontroller_listactivities_v1", 200, null, "senderId", es);
        s.call("senderscontroller_getsuggestedusernames_v1", 200, null, "senderId", partner);
        s.call("senderscontroller_deletechanges_v1", 204, null, "senderId", es);
        advance();
        s.callWithQuery("senderscontroller_listsenders_v1", 200, null, "filterStates=ACTIVE");
        s.call("senderscontroller_delete_v1", 204, null, "senderId", es);
    }

    private void whatsappTemplates(Scenario s) {
        String body = "{\"name\":\"%s\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hello {{1}}\",\"examples\":[\"Ann\"]}]}}";
        s.call("templatescontroller_createtemplate_v1", 201, body.formatted("order_update"));
        s.call("templatescontroller_createtemplate_v1", 201, body.formatted("order_draft").replace("SUBMIT", "DRAFT"));
        s.callWithQuery("templatescontroller_listtemplates_v1", 200, null, "pageSize=1");
        advance();
        s.callWithQuery("templatescontroller_listtemplates_v1", 200, null,
                "filterStates=APPROVED&fieldMask=name&fieldMask=state");
        s.call("templatescontroller_listtemplatesbyname_v1", 200, null, "templateName", "order_update");
        s.call("templatescontroller_gettemplate_v1", 200, null, "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_updatetemplate_v1", 200, "{\"details\":{\"components\":[{\"type\":\"BODY\","
                + "\"text\":\"Hi {{1}}\",\"examples\":[\"Bo\"]}]}}", "templateName", "order_update", "languageCode",
                "EN");
        s.call("templatescontroller_listactivities_v1", 200, null, "templateName", "order_update", "languageCode",
                "EN");
        s.call("templatescontroller_createcomment_v1", 201, COMMENT, "templateName", "order_update", "languageCode",
                "EN");
        s.call("templatescontroller_comparetemplates_v1", 200, "{\"templates\":[{\"templateName\":\"order_draft\","
                + "\"templateLanguage\":\"EN\"}],\"timeframe\":\"60\",\"endTimestamp\":1694612898734}",
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_synctemplates_v1", 200, null);
        s.callWithQuery("templatescontroller_deletetemplatebynameandlanguage_v1", 204, null, "deleteSubmitted=true",
                "templateName", "order_update", "languageCode", "EN");
        s.call("templatescontroller_deletetemplatesbyname_v1", 204, null, "templateName", "order_draft");
    }

    private void rcs(Scenario s) {
        s.call("rcsaccountscontroller_createcomment_v1", 201, COMMENT);
        s.call("rcsaccountscontroller_listactivities_v1", 200, null);
        s.callWithQuery("questionnairecontroller_getquestions_v1", 200, null, "countries=GB", "useCase", "OTP");
        String id = s.call("rcssenderscontroller_createsender_v1", 201, "{\"region\":\"EU\",\"billingCategory\":"
                + "\"CONVERSATIONAL\",\"useCase\":\"OTP\",\"details\":{\"brand\":{\"name\":\"Acme\"},"
                + "\"testNumbers\":[\"+46123123111\"],\"countries\":[\"GB\",\"SE\"]}}").json().path("id").asText();
        s.callWithQuery("rcssenderscontroller_listsenders_v1", 200, null, "sortColumn=NAME&sortDirection=DESC");
        s.call("rcssenderscontroller_updatesender_v1", 200, "{\"details\":{\"brand\":{\"description\":\"Acme RCS\"}}}",
                "senderId", id);
        s.call("senderscontroller_createsendercomment_v1", 201, COMMENT, "senderId", id);
        advance();
        s.call("senderscontroller_addtestnumbers_v1", 200, "{\"testNumbers\":[\"+46123123222\"]}", "senderId", id);
        advance();
        s.call("senderscontroller_gettestnumberstate_v1", 200, null, "senderId", id, "testNumber", "+46123123222");
        s.call("senderscontroller_gettestnumbercapabilities_v1", 200, null, "senderId", id, "testNumber",
                "+46123123222");
        s.call("senderscontroller_retrytestnumber_v1", 200, null, "senderId", id, "testNumber", "+46123123111");
        s.call("senderscontroller_deletetestnumber_v1", 204, null, "senderId", id, "testNumber", "+46123123111");
        s.call("senderscontroller_launchsender_v1", 200, null, "senderId", id);
        advance();
        s.call("rcssenderscontroller_getsender_v1", 200, null, "senderId", id);
        s.call("rcssenderscontroller_listactivities_v1", 200, null, "senderId", id);
    }

    private void kakaotalk(Scenario s) {
        s.call("categoriescontroller_listsendercategories_v1", 200, null);
        String sender = "{\"plusFriendId\":\"@acme\",\"details\":{\"adminPhoneNo\":\"+48777777777\",\"name\":\"Acme\","
                + "\"topLevelCategoryCode\":\"019\",\"midLevelCategoryCode\":\"0006\",\"subLevelCategoryCode\":\"0001\"}}";
        s.call("kakaotalksenderscontroller_createsender_v1", 201, sender);
        s.callWithQuery("kakaotalksenderscontroller_listsenders_v1", 200, null, "filterStatuses=IN_PROGRESS");
        s.call("senderscontroller_registersender_v1", 200, null, "plusFriendId", "@acme");
        s.call("senderscontroller_verifysender_v1", 200, "{\"code\":123456}", "plusFriendId", "@acme");
        s.call("senderscontroller_getsender_v1", 200, null, "plusFriendId", "@acme");
        s.call("senderscontroller_updatesender_v1", 200, "{\"details\":{\"name\":\"Acme Korea\"}}", "plusFriendId",
                "@acme");
        s.call("kakaotalksenderscontroller_deletechanges_v1", 204, null, "plusFriendId", "@acme");
        s.call("kakaotalksenderscontroller_createcomment_v1", 201, COMMENT, "plusFriendId", "@acme");
        s.call("kakaotalksenderscontroller_listactivities_v1", 200, null, "plusFriendId", "@acme");
        s.callWithQuery("categoriescontroller_gettemplatecategories_v1", 200, null, "pageSize=1", "plusFriendId",
                "@acme");

        String code = s
                .call("kakaotalktemplatescontroller_createtemplate_v1", 201, "{\"status\":\"SUBMIT\",\"details\":"
                        + "{\"name\":\"Welcome\",\"content\":\"Welcome!\",\"language\":\"EN\"}}", "plusFriendId",
                        "@acme")
                .json().path("code").asText();
        s.callWithQuery("kakaotalktemplatescontroller_listtemplates_v1", 200, null, "templateName=Wel", "plusFriendId",
                "@acme");
        advance();
        s.call("templatescontroller_get_v1", 200, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("kakaotalktemplatescontroller_updatetemplate_v1", 200, "{\"details\":{\"content\":\"Hello!\"}}",
                "plusFriendId", "@acme", "templateCode", code);
        s.call("templatescontroller_deletetemplatedraft_v1", 204, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("kakaotalktemplatescontroller_createcomment_v1", 201, COMMENT, "plusFriendId", "@acme",
                "templateCode", code);
        s.call("kakaotalktemplatescontroller_listactivities_v1", 200, null, "plusFriendId", "@acme",
                "templateCode", code);
        s.call("templatescontroller_deletetemplate_v1", 204, null, "plusFriendId", "@acme", "templateCode", code);
        s.call("senderscontroller_deletesender_v1", 204, null, "plusFriendId", "@acme");
    }

    private void webhooksAndBundles(Scenario s) {
        String webhook = "{\"target\":\"http://127.0.0.1:9/%s\",\"secret\":\"s3cret\",\"triggers\":[\"ALL\"]}";
        String id =
                s.call("webhookcontroller_createwebhook_v1", 201, webhook.formatted("a")).json().path("id").asText();
        s.callWithQuery("webhookcontroller_listwebhooks_v1", 200, null, "pageSize=15");
        s.call("webhookcontroller_getwebhook_v1", 200, null, "webhookId", id);
        s.call("webhookcontroller_replacewebhook_v1", 200, webhook.formatted("b"), "webhookId", id);
        s.call("webhookcontroller_updatewebhook_v1", 200, "{\"triggers\":[\"BUNDLE_DONE\"]}", "webhookId", id);
        s.call("webhookcontroller_deletewebhook_v1", 204, null, "webhookId", id);

        String bundle = s.call("bundlescontroller_create_v1", 201, "{\"name\":\"Starter\",\"region\":\"US\","
                + "\"subproject\":true,\"smsApp\":true,\"convApp\":{\"name\":\"Starter app\"},\"webhooks\":[{\"target\":"
                + "\"http://127.0.0.1:9/bundle\",\"secret\":\"s3cret\",\"triggers\":[\"BUNDLE_DONE\"]}]}")
                .json().path("id").asText();
        s.callWithQuery("bundlescontroller_list_v1", 200, null, "pageSize=25&filterStates=IN_PROGRESS");
        advance();
        s.call("bundlescontroller_get_v1", 200, null, "bundleId", bundle);
    }

    private void conversation(Scenario s) {
        for (String channel : new String[] {"instagram", "messenger", "telegram", "viber"}) {
            ObjectNode seed = Json.object().put("appId", "01HAPP").put("channel", channel);
            SIM.control().seed("conformance-project", ResourceKind.CONVERSATION_CHANNEL, seed);
        }
        advance();
        s.call("instagramcontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("messengercontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("telegramcontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
        s.call("vibercontroller_get_v1", 200, null, "conversationAppId", "01HAPP");
    }

    /** Documented error answers validate too. */
    private void errors(Scenario s) {
        s.call("senderscontroller_get_v1", 404, null, "senderId", "missing");
        s.callInvalid("webhookcontroller_listwebhooks_v1", 400, null, "pageSize=16");
        s.call("bundlescontroller_get_v1", 404, null, "bundleId", "62a02dd40000000000000000");
        s.call("telegramcontroller_get_v1", 404, null, "conversationAppId", "unknownapp");
        s.callInvalid("webhookcontroller_createwebhook_v1", 400,
                "{\"target\":\"not a url\",\"secret\":\"\",\"triggers\":[]}", null);
    }
}
