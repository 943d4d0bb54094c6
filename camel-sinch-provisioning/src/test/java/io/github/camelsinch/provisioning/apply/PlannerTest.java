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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure planner and diff: desired plus current gives the plan, without any I/O. */
class PlannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WhatsappTemplateRules WHATSAPP = new WhatsappTemplateRules();

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Declaration declared(String text) {
        return new Declaration("test.json", json(text));
    }

    private static List<ApplyAction> plan(ResourceRules rules, List<Declaration> desired, List<ObjectNode> current,
                                          boolean prune) {
        return Planner.plan(rules, desired, current, prune).stream().map(PlannedAction::action).toList();
    }

    @Test
    void onlyDeclaredFieldsAreComparedAndNumbersByValue() {
        ObjectNode declared = json("{'details': {'messageSendTtlSeconds': 600, 'components': [{'type': 'BODY',"
                + " 'text': 'Hi'}]}}");
        ObjectNode current = json("{'state': 'APPROVED', 'details': {'messageSendTtlSeconds': 600.0, 'components':"
                + " [{'type': 'BODY', 'text': 'Hi', 'examples': []}]}, 'analytics': []}");
        assertEquals(List.of(), FieldDiff.differences(declared, current, Set.of()));
    }

    @Test
    void arraysArePositionalUnlessUnorderedAndNullMeansAbsent() {
        ObjectNode current = json("{'triggers': ['A', 'B'], 'extra': 'x'}");
        assertEquals(List.of(), FieldDiff.differences(json("{'triggers': ['B', 'A']}"), current, Set.of("triggers")));
        assertEquals(List.of("triggers[0]", "triggers[1]"),
                FieldDiff.differences(json("{'triggers': ['B', 'A']}"), current, Set.of()));
        assertEquals(List.of("triggers"), FieldDiff.differences(json("{'triggers': ['A']}"), current, Set.of()));
        assertEquals(List.of("extra"), FieldDiff.differences(json("{'extra': null}"), current, Set.of()));
        assertEquals(List.of(), FieldDiff.differences(json("{'gone': null}"), current, Set.of()));
    }

    @Test
    void createUpdateUnchangedAndExtraInSendingOrder() {
        List<Declaration> desired = List.of(
                declared("{'name': 'b', 'language': 'EN', 'category': 'UTILITY', 'details': {'components': []}}"),
                declared("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'details': {'components': [{'text':"
                        + " 'new'}]}}"),
                declared("{'name': 'c', 'language': 'EN', 'category': 'UTILITY', 'details': {'components': []}}"));
        List<ObjectNode> current = List.of(
                json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'state': 'APPROVED', 'details':"
                        + " {'components': [{'text': 'old'}]}}"),
                json("{'name': 'c', 'language': 'EN', 'category': 'UTILITY', 'state': 'APPROVED', 'details':"
                        + " {'components': []}}"),
                json("{'name': 'z', 'language': 'EN', 'category': 'UTILITY', 'state': 'APPROVED'}"));

        List<ApplyAction> kept = plan(WHATSAPP, desired, current, false);
        assertEquals(List.of("UPDATE a/EN", "CREATE b/EN", "EXTRA z/EN", "UNCHANGED c/EN"),
                kept.stream().map(a -> a.getType() + " " + a.getIdentity()).toList());
        assertEquals(List.of("details.components[0].text"), kept.get(0).getChangedFields());

        List<ApplyAction> pruned = plan(WHATSAPP, desired, current, true);
        assertEquals("DELETE z/EN", pruned.get(0).getType() + " " + pruned.get(0).getIdentity());
    }

    @Test
    void thePendingChangeIsTheContentAndReviewOrCategoryRulesRefuseEdits() {
        Declaration d = declared("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'details': {'components':"
                + " [{'text': 'v2'}]}}");
        ObjectNode inReview = json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'state': 'APPROVED',"
                + " 'details': {'components': [{'text': 'v1'}]}, 'changes': {'status': 'IN_PROGRESS', 'details':"
                + " {'components': [{'text': 'v2'}]}}}");
        assertEquals(ActionType.UNCHANGED, plan(WHATSAPP, List.of(d), List.of(inReview), false).get(0).getType());

        ObjectNode pending = json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'state': 'PENDING',"
                + " 'details': {'components': [{'text': 'v1'}]}}");
        ApplyAction refused = plan(WHATSAPP, List.of(d), List.of(pending), false).get(0);
        assertEquals(ActionType.CANNOT_APPLY, refused.getType());
        assertTrue(refused.getReason().contains("in review (state PENDING)"), refused.getReason());

        Declaration marketing = declared("{'name': 'a', 'language': 'EN', 'category': 'MARKETING', 'details':"
                + " {'components': [{'text': 'v1'}]}}");
        ObjectNode approved = json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'state': 'APPROVED',"
                + " 'details': {'components': [{'text': 'v1'}]}}");
        assertTrue(plan(WHATSAPP, List.of(marketing), List.of(approved), false).get(0).getReason()
                .startsWith("the category of a submitted template cannot change"));
        ObjectNode draft = json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'changes': {'status':"
                + " 'DRAFT', 'details': {'components': [{'text': 'v1'}]}}}");
        ApplyAction draftEdit = plan(WHATSAPP, List.of(marketing), List.of(draft), false).get(0);
        assertEquals(ActionType.UPDATE, draftEdit.getType());
        assertEquals(List.of("category"), draftEdit.getChangedFields());

        ObjectNode rejected = json("{'name': 'a', 'language': 'EN', 'category': 'UTILITY', 'state': 'REJECTED',"
                + " 'rejectionCode': 'INVALID_FORMAT', 'details': {'components': [{'text': 'v2'}]}}");
        assertTrue(plan(WHATSAPP, List.of(d), List.of(rejected), false).get(0).getReason()
                .startsWith("the declared content was rejected (rejectionCode INVALID_FORMAT)"));
    }

    @Test
    void kakaotalkTemplatesMatchByCodeOrByName() {
        KakaotalkTemplateRules rules = new KakaotalkTemplateRules();
        ObjectNode remote = json("{'code': 'C1', 'state': 'APPROVED', 'details': {'name': 'Hello', 'language': 'KO',"
                + " 'content': 'Hi', 'buttons': [{'type': 'WL', 'name': 'a'}, {'type': 'AL', 'name': 'b'}]}}");
        Declaration byName = declared("{'details': {'name': 'Hello', 'language': 'KO', 'content': 'Hi', 'buttons':"
                + " [{'type': 'AL', 'name': 'b'}, {'type': 'WL', 'name': 'a'}]}}");
        ApplyAction same = plan(rules, List.of(byName), List.of(remote), false).get(0);
        assertEquals("UNCHANGED C1", same.getType() + " " + same.getIdentity());

        Declaration byCode = declared("{'templateCode': 'C1', 'details': {'name': 'Hello again', 'language': 'EN',"
                + " 'content': 'Hi'}}");
        ApplyAction language = plan(rules, List.of(byCode), List.of(remote), false).get(0);
        assertTrue(language.getReason().startsWith("the language cannot change"), language.getReason());

        assertThrows(IllegalArgumentException.class, () -> plan(rules, List.of(byName, byCode), List.of(remote),
                false), "two declarations reach one template");
    }
}
