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
package io.github.camelsinch.provisioning.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorControl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * WhatsApp templates in the simulator that the test moves through {@code APPROVED -> PAUSED -> DISABLED -> APPROVED}
 * by forced transitions, one step per template per round, so each round is one batch of status changes. Templates
 * are held: only the test moves them.
 */
final class TemplateStream {

    /**
     * One status change the consumer must deliver: the template's id as the consumer reports it, which of its
     * transitions this is (1 for the first), from, to. The step tells apart the rounds in which a template makes
     * the same move again.
     */
    record Transition(String resourceId, int step, String from, String to) {
    }

    private static final List<String> CYCLE = List.of("APPROVED", "PAUSED", "DISABLED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimulatorControl control;
    private final String projectId;
    private final List<String> names = new ArrayList<>();
    private final List<Transition> expected = new ArrayList<>();
    private int round;

    private TemplateStream(SimulatorControl control, String projectId) {
        this.control = control;
        this.projectId = projectId;
    }

    /** Seeds {@code count} templates in {@code APPROVED}. */
    static TemplateStream seed(SimulatorControl control, String projectId, int count) {
        TemplateStream stream = new TemplateStream(control, projectId);
        for (int i = 0; i < count; i++) {
            String name = String.format("failover_%03d", i);
            ObjectNode request = JSON.createObjectNode();
            request.putObject("resource").put("name", name).put("language", "EN").put("category", "UTILITY");
            request.put("stage", CYCLE.get(0));
            request.put("hold", true);
            control.seed(projectId, ResourceKind.WHATSAPP_TEMPLATE, request);
            stream.names.add(name);
        }
        return stream;
    }

    /** Moves every template one step on; returns the round's transitions. */
    List<Transition> nextRound() {
        String from = CYCLE.get(round % CYCLE.size());
        String to = CYCLE.get((round + 1) % CYCLE.size());
        round++;
        List<Transition> batch = new ArrayList<>();
        for (String name : names) {
            control.transition(projectId, ResourceKind.WHATSAPP_TEMPLATE, name + "/EN", to);
            batch.add(new Transition(name + "/EN", round, from, to));
        }
        expected.addAll(batch);
        return batch;
    }

    /** Every transition made so far. */
    List<Transition> expected() {
        return Collections.unmodifiableList(expected);
    }
}
