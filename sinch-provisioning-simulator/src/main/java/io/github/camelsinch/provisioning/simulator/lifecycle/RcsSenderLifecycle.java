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
package io.github.camelsinch.provisioning.simulator.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RCS senders (agents): created, put IN_TEST with their test numbers invited, then launched country by country
 * through PREPARING_LAUNCH and LAUNCHING to LAUNCHED (or UNLAUNCHED when operators reject it).
 */
public final class RcsSenderLifecycle implements Lifecycle {

    /** Operators per country as the documentation lists them; other countries get one generic operator. */
    private static final Map<String, List<String>> OPERATORS = Map.of(
            "FR", List.of("Bouygues", "Free", "Orange", "SFR"),
            "GB", List.of("EE", "O2", "Three", "Vodafone"),
            "SE", List.of("Tele2", "Telenor", "Telia", "Three"));

    @Override
    public ResourceKind kind() {
        return ResourceKind.RCS_SENDER;
    }

    @Override
    public List<Stage> stages() {
        return List.of(
                new Stage("DRAFT", "state DRAFT", "final until forced (seed only)", ""),
                new Stage("IN_PROGRESS", "state IN_PROGRESS (agent being created)", "IN_TEST",
                        "RCS_SENDER_STATUS_UPDATED"),
                new Stage("IN_TEST", "state IN_TEST, test numbers invited (PENDING)",
                        "TEST_NUMBERS_VERIFIED when numbers are pending; waits for launch",
                        "RCS_SENDER_STATUS_UPDATED"),
                new Stage("TEST_NUMBERS_VERIFIED", "state IN_TEST, pending test numbers VERIFIED",
                        "waits for launch", ""),
                new Stage("PREPARING_LAUNCH", "state PREPARING_LAUNCH, countryStatus PENDING per operator",
                        "LAUNCHING", "RCS_SENDER_STATUS_UPDATED"),
                new Stage("LAUNCHING", "state LAUNCHING", "LAUNCHED or UNLAUNCHED", "RCS_SENDER_STATUS_UPDATED"),
                new Stage("LAUNCHED", "state LAUNCHED, operators LAUNCHED, launched timestamp", "final",
                        "RCS_SENDER_STATUS_UPDATED, RCS_SENDER_OPERATOR_STATUS_UPDATED"),
                new Stage("UNLAUNCHED", "state UNLAUNCHED, operators REJECTED", "final",
                        "RCS_SENDER_STATUS_UPDATED, RCS_SENDER_OPERATOR_STATUS_UPDATED"));
    }

    @Override
    public Optional<String> next(StoredResource resource, String stage, Outcomes outcomes) {
        return switch (stage) {
            case "IN_PROGRESS" -> Optional.of("IN_TEST");
            case "IN_TEST" -> hasPendingNumbers(resource.json())
                    ? Optional.of("TEST_NUMBERS_VERIFIED") : Optional.empty();
            case "PREPARING_LAUNCH" -> Optional.of("LAUNCHING");
            case "LAUNCHING" -> Optional.of(outcomes.rejects(resource.json().path("details").path("brand")
                    .path("name").asText()) ? "UNLAUNCHED" : "LAUNCHED");
            default -> Optional.empty();
        };
    }

    @Override
    public void enter(String stage, Transition t) {
        ObjectNode json = t.json();
        switch (stage) {
            case "TEST_NUMBERS_VERIFIED" -> {
                setNumberStates(json, "PENDING", "VERIFIED");
                t.touch();
                t.activity("TEST");
                return;
            }
            case "PREPARING_LAUNCH" -> json.set("countryStatus", countryStatus(json, "PENDING", null, t));
            case "LAUNCHED" -> {
                json.set("countryStatus", countryStatus(json, "LAUNCHED", null, t));
                json.put("launched", t.timestamp());
            }
            case "UNLAUNCHED" -> json.set("countryStatus",
                    countryStatus(json, "REJECTED", "Sender was rejected due to operator policy.", t));
            default -> {
            }
        }
        json.put("state", stage);
        t.touch();
        t.activity(switch (stage) {
            case "IN_TEST" -> "TEST";
            case "LAUNCHED" -> "ACTIVE";
            case "UNLAUNCHED" -> "INACTIVE";
            default -> "EDITED";
        });
        if (!"DRAFT".equals(stage)) {
            t.emit("RCS_SENDER_STATUS_UPDATED");
        }
        if ("LAUNCHED".equals(stage) || "UNLAUNCHED".equals(stage)) {
            t.emit("RCS_SENDER_OPERATOR_STATUS_UPDATED");
        }
    }

    private static boolean hasPendingNumbers(ObjectNode json) {
        for (JsonNode number : json.path("testNumberStates")) {
            if ("PENDING".equals(number.path("state").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Moves every test number in state {@code from} to {@code to}. */
    public static void setNumberStates(ObjectNode json, String from, String to) {
        for (JsonNode number : json.path("testNumberStates")) {
            if (from.equals(number.path("state").asText())) {
                ((ObjectNode) number).put("state", to);
            }
        }
    }

    private static ArrayNode countryStatus(ObjectNode json, String status, String remark, Transition t) {
        ArrayNode out = json.arrayNode();
        for (JsonNode country : json.path("details").path("countries")) {
            ObjectNode entry = out.addObject();
            entry.put("country", country.asText());
            entry.put("status", status);
            ArrayNode operators = entry.putArray("operators");
            for (String name : OPERATORS.getOrDefault(country.asText(), List.of(country.asText() + " Mobile"))) {
                ObjectNode operator = operators.addObject().put("name", name).put("status", status);
                if (remark != null) {
                    operator.put("remark", remark);
                }
                operator.put("modified", t.timestamp());
            }
        }
        return out;
    }
}
