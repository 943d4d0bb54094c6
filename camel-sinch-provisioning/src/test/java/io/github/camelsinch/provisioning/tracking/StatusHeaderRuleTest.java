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
package io.github.camelsinch.provisioning.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.consumer.ChangeType;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main status (CamelSinchProvPreviousStatus / NewStatus) and the summary line (CamelSinchProvStatusSummary) of
 * every watched resource kind, for ADDED, CHANGED of the state, of the pending change's status and of both, and
 * REMOVED. The items are JSON as the API sends them, read through the kind's own status fields.
 */
class StatusHeaderRuleTest {

    /** The kinds with a state and a pending change, with two of their states and two pending-change statuses. */
    static Stream<Arguments> kindsWithAPendingChange() {
        return Stream.of(
                Arguments.of("whatsapp-senders/list", "PENDING_VERIFICATION", "ACTIVE"),
                Arguments.of("whatsapp-templates/list", "PENDING", "APPROVED"),
                Arguments.of("whatsapp-accounts/get", "PENDING_FACEBOOK_VERIFICATION", "ONBOARDED"),
                Arguments.of("kakaotalk-senders/list", "VERIFYING", "ACTIVE"),
                Arguments.of("kakaotalk-templates/list", "APPROVED", "REJECTED"));
    }

    /** The kinds with one status field, its path and two of its values. */
    static Stream<Arguments> kindsWithOneStatus() {
        return Stream.of(
                Arguments.of("rcs-senders/list", "state", "IN_TEST", "LAUNCHED"),
                Arguments.of("bundles/list", "state", "IN_PROGRESS", "DONE"),
                Arguments.of("conversation/getInstagram", "status", "PENDING", "ACTIVE"),
                Arguments.of("conversation/getMessenger", "status", "ACTIVE", "FAILING"),
                Arguments.of("conversation/getTelegram", "status", "FAILING", "ERROR"),
                Arguments.of("conversation/getViber", "status", "ERROR", "ACTIVE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithAPendingChange")
    void addedHasTheStateElseThePendingChangesStatus(String uriPath, String first, String second) {
        WatchedResource kind = kind(uriPath);
        assertEquals(List.of("state", "changes.status"), kind.statusFields());

        StatusChange withState = added(kind, item(first, "DRAFT"));
        assertEquals(ChangeType.ADDED, withState.type());
        assertNull(withState.previousStatus());
        assertEquals(first, withState.newStatus());
        assertEquals("state none -> " + first + ", changes.status none -> DRAFT", withState.summary());

        // A new template: submitted for review, no state yet (the example printed " -> ").
        StatusChange submitted = added(kind, item(null, "IN_PROGRESS"));
        assertNull(submitted.previousStatus());
        assertEquals("IN_PROGRESS", submitted.newStatus());
        assertEquals("changes.status none -> IN_PROGRESS", submitted.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithAPendingChange")
    void changedOfTheStateOnly(String uriPath, String first, String second) {
        StatusChange c = changed(kind(uriPath), item(first, null), item(second, null));
        assertEquals(List.of("state"), c.changedFields());
        assertEquals(first, c.previousStatus());
        assertEquals(second, c.newStatus());
        assertEquals("state " + first + " -> " + second, c.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithAPendingChange")
    void changedOfThePendingChangeOnly(String uriPath, String first, String second) {
        WatchedResource kind = kind(uriPath);
        // The state stays: the main status is the same before and after, the summary says what moved.
        StatusChange edit = changed(kind, item(second, "DRAFT"), item(second, "IN_PROGRESS"));
        assertEquals(List.of("changes.status"), edit.changedFields());
        assertEquals(second, edit.previousStatus());
        assertEquals(second, edit.newStatus());
        assertEquals("changes.status DRAFT -> IN_PROGRESS (state " + second + ")", edit.summary());

        // No state yet: the pending change's status is the main status on both sides.
        StatusChange draft = changed(kind, item(null, "DRAFT"), item(null, "IN_PROGRESS"));
        assertEquals("DRAFT", draft.previousStatus());
        assertEquals("IN_PROGRESS", draft.newStatus());
        assertEquals("changes.status DRAFT -> IN_PROGRESS", draft.summary());

        StatusChange appears = changed(kind, item(second, null), item(second, "DRAFT"));
        assertEquals("changes.status none -> DRAFT (state " + second + ")", appears.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithAPendingChange")
    void changedOfBoth(String uriPath, String first, String second) {
        WatchedResource kind = kind(uriPath);
        // Review done: the pending change is applied and gone, the state appears.
        StatusChange reviewed = changed(kind, item(null, "IN_PROGRESS"), item(first, null));
        assertEquals(List.of("state", "changes.status"), reviewed.changedFields());
        assertEquals("IN_PROGRESS", reviewed.previousStatus());
        assertEquals(first, reviewed.newStatus());
        assertEquals("state none -> " + first + ", changes.status IN_PROGRESS -> none", reviewed.summary());

        StatusChange both = changed(kind, item(first, "IN_PROGRESS"), item(second, "REJECTED"));
        assertEquals(first, both.previousStatus());
        assertEquals(second, both.newStatus());
        assertEquals("state " + first + " -> " + second + ", changes.status IN_PROGRESS -> REJECTED",
                both.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithAPendingChange")
    void removedHasThePreviousMainStatusOnly(String uriPath, String first, String second) {
        WatchedResource kind = kind(uriPath);
        StatusChange gone = removed(kind, item(second, "DRAFT"));
        assertEquals(second, gone.previousStatus());
        assertNull(gone.newStatus());
        assertEquals("state " + second + " -> none, changes.status DRAFT -> none", gone.summary());

        StatusChange draftGone = removed(kind, item(null, "DRAFT"));
        assertEquals("DRAFT", draftGone.previousStatus());
        assertEquals("changes.status DRAFT -> none", draftGone.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithOneStatus")
    void aKindWithOneStatusField(String uriPath, String field, String first, String second) {
        WatchedResource kind = kind(uriPath);
        assertEquals(List.of(field), kind.statusFields());

        StatusChange added = added(kind, single(field, first));
        assertNull(added.previousStatus());
        assertEquals(first, added.newStatus());
        assertEquals(field + " none -> " + first, added.summary());

        StatusChange changed = changed(kind, single(field, first), single(field, second));
        assertEquals(first, changed.previousStatus());
        assertEquals(second, changed.newStatus());
        assertEquals(field + " " + first + " -> " + second, changed.summary());

        StatusChange removed = removed(kind, single(field, second));
        assertEquals(second, removed.previousStatus());
        assertNull(removed.newStatus());
        assertEquals(field + " " + second + " -> none", removed.summary());
    }

    @Test
    void noStatusAtAllLeavesTheMainStatusAbsentAndTheSummarySaysSo() {
        WatchedResource senders = kind("whatsapp-senders/list");
        StatusChange added = added(senders, item(null, null));
        assertNull(added.newStatus());
        assertEquals("no status", added.summary());
        StatusChange removed = removed(senders, item(null, null));
        assertNull(removed.previousStatus());
        assertEquals("no status", removed.summary());
    }

    @Test
    void aWatchedFieldIsNamedWithTheStatusThatStayed() {
        WatchedResource senders = kind("whatsapp-senders/list");
        ResourceSnapshot before = senders.snapshot("r1", item("ACTIVE", null).put("qualityRating", "GREEN"),
                List.of("qualityRating"));
        ResourceSnapshot after = senders.snapshot("r1", item("ACTIVE", null).put("qualityRating", "YELLOW"),
                List.of("qualityRating"));
        StatusChange c = ChangeDetector.detect(Fingerprint.of(before, 1).encode(), after).orElseThrow();
        assertEquals("ACTIVE", c.previousStatus());
        assertEquals("ACTIVE", c.newStatus());
        assertEquals("qualityRating changed (state ACTIVE)", c.summary());
    }

    @Test
    void statusValuesFromTheNetworkCannotBreakALogLine() {
        WatchedResource bundles = kind("bundles/list");
        StatusChange c = added(bundles, single("state", "DONE\r\nINFO forged line" + "x".repeat(300)));
        String summary = c.summary();
        assertTrue(summary.startsWith("state none -> DONE\\u000D\\u000AINFO forged line"), summary);
        assertTrue(summary.length() < 200, "bounded: " + summary.length());
        assertTrue(summary.chars().noneMatch(ch -> ch == '\r' || ch == '\n'), summary);
    }

    @Test
    void theUnchangedLineOfAWebhookCallback() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("state", "ACTIVE");
        statuses.put("changes.status", null);
        assertEquals("no status change (state ACTIVE)", StatusSummary.unchanged(statuses));
        statuses.put("state", null);
        assertEquals("no status change", StatusSummary.unchanged(statuses));
    }

    private static WatchedResource kind(String uriPath) {
        return WatchedResources.find(uriPath).orElseThrow();
    }

    /** A resource with the given state and pending-change status (null: the field is absent). */
    private static ObjectNode item(String state, String changeStatus) {
        ObjectNode item = ModelJson.mapper().createObjectNode().put("id", "r1");
        if (state != null) {
            item.put("state", state);
        }
        if (changeStatus != null) {
            item.putObject("changes").put("status", changeStatus);
        }
        return item;
    }

    private static ObjectNode single(String field, String value) {
        return ModelJson.mapper().createObjectNode().put("id", "r1").put(field, value);
    }

    private static StatusChange added(WatchedResource kind, ObjectNode item) {
        return ChangeDetector.detect(null, kind.snapshot("r1", item, List.of())).orElseThrow();
    }

    private static StatusChange changed(WatchedResource kind, ObjectNode before, ObjectNode after) {
        String stored = Fingerprint.of(kind.snapshot("r1", before, List.of()), 1).encode();
        StatusChange c = ChangeDetector.detect(stored, kind.snapshot("r1", after, List.of())).orElseThrow();
        assertEquals(ChangeType.CHANGED, c.type());
        return c;
    }

    private static StatusChange removed(WatchedResource kind, ObjectNode before) {
        String stored = Fingerprint.of(kind.snapshot("r1", before, List.of()), 1).encode();
        StatusChange c = ChangeDetector.removed("r1", stored, kind.statusFields()).orElseThrow();
        assertEquals(ChangeType.REMOVED, c.type());
        return c;
    }
}
