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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sinch-prov:whatsapp-templates/apply against the simulator: what a plan says and what an apply sends. */
class WhatsappTemplatesApplyTest extends ApplyTestSupport {

    private static final String APPLY = "sinch-prov:whatsapp-templates/apply";
    private static final String TEMPLATES = "/v1/projects/" + PROJECT + "/whatsapp/templates";

    private static List<ObjectNode> declared() {
        return new ArrayList<>(List.of(whatsappTemplate("order_shipped", "Your order has shipped"),
                whatsappTemplate("order_delivered", "Your order was delivered"),
                whatsappTemplate("payment_due", "Your payment is due")));
    }

    /** The declared templates applied and reviewed: APPROVED, so they can be edited. */
    private List<ObjectNode> appliedAndApproved() {
        List<ObjectNode> desired = declared();
        apply(APPLY, desired);
        SIM.control().advance(Duration.ofSeconds(10));
        SIM.control().clearRequests();
        return desired;
    }

    @Test
    void aFirstApplyCreatesEverythingAndASecondPlansNothing() {
        Exchange first = apply(APPLY, declared());
        ApplyResult created = result(first);
        assertEquals(3, created.getCreated());
        assertEquals(3, first.getMessage().getHeader(SinchProvisioningConstants.APPLY_CREATED));
        assertEquals(Set.of("order_delivered/EN", "order_shipped/EN", "payment_due/EN"),
                created.getActions().stream().filter(a -> a.getOutcome() == ActionOutcome.DONE)
                        .map(ApplyAction::getIdentity).collect(Collectors.toSet()));
        assertEquals(3, SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).size());

        SIM.control().clearRequests();
        Exchange second = apply(APPLY, declared());
        assertEquals(3, result(second).getUnchanged());
        assertEquals(0, second.getMessage().getHeader(SinchProvisioningConstants.APPLY_DRIFT));
        assertTrue(result(second).isInSync());
        assertEquals(List.of(), writes(), "a second apply right after the first sends no write");
        assertEquals(1, apiRequests().size(), "one listing page");

        // Still nothing once the templates went through review (the content moved from changes to details).
        SIM.control().advance(Duration.ofSeconds(10));
        assertTrue(result(apply(APPLY + "?dryRun=true", declared())).isInSync());
    }

    @Test
    void oneEditedDeclarationGivesExactlyOneUpdateNamingTheChangedFields() throws Exception {
        List<ObjectNode> desired = appliedAndApproved();
        ((ObjectNode) desired.get(2).path("details").path("components").get(0)).put("text", "Please pay by Friday");
        desired.get(2).with("details").put("messageSendTtlSeconds", 3600);

        ApplyResult plan = result(apply(APPLY + "?dryRun=true", desired));
        assertEquals(1, plan.getUpdated());
        assertEquals(1, plan.getDrift());
        ApplyAction update = actionsOf(plan, ActionType.UPDATE).get(0);
        assertEquals("payment_due/EN", update.getIdentity());
        assertEquals(List.of("details.components[0].text", "details.messageSendTtlSeconds"), update.getChangedFields());
        assertEquals(ActionOutcome.PLANNED, update.getOutcome());
        assertEquals(List.of(), writes(), "a dry run sends no write");

        ApplyResult applied = result(apply(APPLY, desired));
        assertEquals(1, applied.getUpdated());
        List<RecordedRequest> writes = writes();
        assertEquals(1, writes.size());
        assertEquals("PATCH", writes.get(0).method());
        assertEquals(TEMPLATES + "/payment_due/languages/EN", writes.get(0).path());
        assertEquals("Please pay by Friday",
                JSON.readTree(writes.get(0).body()).path("details").path("components").get(0).path("text").asText());

        SIM.control().clearRequests();
        assertTrue(result(apply(APPLY, desired)).isInSync(), "the edit under review is what is declared");
        assertEquals(List.of(), writes());
    }

    @Test
    void aTemplateChangedThroughTheControlApiShowsAsDrift() {
        List<ObjectNode> desired = appliedAndApproved();
        // As if someone edited it in the dashboard: same name and language, other body text.
        SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE,
                whatsappTemplate("order_shipped", "Shipped! (edited by hand)"), "APPROVED");

        Exchange plan = apply(APPLY, desired, Map.of(SinchProvisioningConstants.APPLY_DRY_RUN, true));
        assertEquals(1, plan.getMessage().getHeader(SinchProvisioningConstants.APPLY_DRIFT));
        ApplyAction drift = result(plan).getActions().stream().filter(ApplyAction::isDrift).findFirst().orElseThrow();
        assertEquals("order_shipped/EN", drift.getIdentity());
        assertEquals(ActionType.UPDATE, drift.getType());
        assertEquals(List.of("details.components[0].text"), drift.getChangedFields());
        assertEquals(List.of(), writes());

        // Applying puts the declared text back; then the project is as declared again.
        assertEquals(1, result(apply(APPLY, desired)).getUpdated());
        assertTrue(result(apply(APPLY + "?dryRun=true", desired)).isInSync());
    }

    @Test
    void aDeclaredTemplateInReviewIsReportedAndTheOthersAreApplied() {
        List<ObjectNode> desired = appliedAndApproved();
        SIM.control().transition(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, "order_shipped/EN", "PENDING");
        for (ObjectNode t : desired) {
            ((ObjectNode) t.path("details").path("components").get(0)).put("text", "v2 of " + t.path("name").asText());
        }

        Exchange exchange = apply(APPLY, desired);
        ApplyResult result = result(exchange);
        assertEquals(2, result.getUpdated());
        assertEquals(1, result.getCannotApply());
        assertEquals(1, exchange.getMessage().getHeader(SinchProvisioningConstants.APPLY_CANNOT_APPLY));
        ApplyAction refused = actionsOf(result, ActionType.CANNOT_APPLY).get(0);
        assertEquals("order_shipped/EN", refused.getIdentity());
        assertTrue(refused.getReason().startsWith("in review (state PENDING)"), refused.getReason());
        assertEquals(ActionOutcome.NOTHING_SENT, refused.getOutcome());
        assertEquals(Set.of(TEMPLATES + "/order_delivered/languages/EN", TEMPLATES + "/payment_due/languages/EN"),
                writes().stream().map(RecordedRequest::path).collect(Collectors.toSet()));
    }

    @Test
    void aRefusedWriteIsRecordedAndTheOthersAreStillSent() {
        SIM.control().addFault(FaultRule.on("POST", TEMPLATES, 1, Fault.status(409)));
        Exchange exchange = apply(APPLY, declared());
        ApplyResult result = result(exchange);
        assertEquals(1, result.getFailed());
        assertEquals(2, result.getCreated());
        assertEquals(1, exchange.getMessage().getHeader(SinchProvisioningConstants.APPLY_FAILED));
        ApplyAction failed = result.getActions().stream().filter(a -> a.getOutcome() == ActionOutcome.FAILED)
                .findFirst().orElseThrow();
        // Creates go in identity order: the first one met the fault.
        assertEquals("order_delivered/EN", failed.getIdentity());
        assertEquals(409, failed.getError().httpStatus());
        assertEquals(3, writes().size(), "the failure did not stop the other creates");
        assertTrue(result.toTable().contains("| CREATE | order_delivered/EN |"), result.toTable());

        SIM.control().clearRequests();
        ApplyResult retry = result(apply(APPLY, declared()));
        assertEquals(1, retry.getCreated(), "the next apply creates what failed, and only that");
        assertEquals(1, writes().size());
    }

    @Test
    void aRateLimitIsWaitedOutWithinTheCaps() {
        SIM.control().addFault(FaultRule.on("POST", TEMPLATES, 1, Fault.rateLimited(Duration.ofSeconds(2))));
        ApplyResult result = result(apply(APPLY, declared()));
        assertEquals(3, result.getCreated());
        assertEquals(0, result.getFailed());
        assertTrue(sleeper.sleeps().contains(Duration.ofSeconds(2)), "waited the Retry-After: " + sleeper.sleeps());
        assertEquals(5, result.getRequests(), "the listing, three creates and the retried one");
    }

    @Test
    void pruneDeletesExactlyTheUndeclaredOnes() {
        List<ObjectNode> desired = appliedAndApproved();
        SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, whatsappTemplate("manual_one", "By hand"),
                "APPROVED");
        SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, whatsappTemplate("manual_two", "By hand too"),
                "APPROVED");

        ApplyResult withoutPrune = result(apply(APPLY, desired));
        assertEquals(2, withoutPrune.getExtra());
        assertEquals(2, withoutPrune.getDrift());
        assertEquals(List.of(), writes(), "extra templates are reported, not deleted");

        ApplyResult pruned = result(apply(APPLY + "?prune=true", desired));
        assertEquals(2, pruned.getDeleted());
        assertEquals(Set.of("DELETE " + TEMPLATES + "/manual_one/languages/EN?deleteSubmitted=true",
                "DELETE " + TEMPLATES + "/manual_two/languages/EN?deleteSubmitted=true"),
                writes().stream().map(r -> r.method() + " " + r.path() + "?" + r.query()).collect(Collectors.toSet()));
        assertEquals(Set.of("order_delivered/EN", "order_shipped/EN", "payment_due/EN"),
                SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).stream()
                        .map(r -> r.path("key").asText()).collect(Collectors.toSet()));
    }

    @Test
    void aDryRunSendsNoWriteWhateverThePlanHolds() {
        List<ObjectNode> desired = appliedAndApproved();
        SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, whatsappTemplate("manual_one", "By hand"),
                "APPROVED");
        ((ObjectNode) desired.get(0).path("details").path("components").get(0)).put("text", "changed");
        desired.add(whatsappTemplate("new_one", "New"));

        ApplyResult plan = result(apply(APPLY + "?dryRun=true&prune=true", desired));
        assertEquals(1, plan.getCreated());
        assertEquals(1, plan.getUpdated());
        assertEquals(1, plan.getDeleted());
        assertTrue(plan.getActions().stream().filter(a -> a.getType().writes())
                .allMatch(a -> a.getOutcome() == ActionOutcome.PLANNED));
        assertEquals(List.of("GET"), apiRequests().stream().map(RecordedRequest::method).toList());
        assertNull(plan.getActions().get(0).getError());
    }
}
