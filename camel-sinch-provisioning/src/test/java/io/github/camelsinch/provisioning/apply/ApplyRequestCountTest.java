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
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a plan and an apply of 100 WhatsApp templates cost, counted in the simulator's request log (API requests; the
 * one token request of the context is not counted): the figures of docs/templates-as-code.md.
 */
class ApplyRequestCountTest extends ApplyTestSupport {

    private static final String APPLY = "sinch-prov:whatsapp-templates/apply";

    @Test
    void aPlanIsOneListingPageAndAnApplyOneRequestPerChange() {
        List<ObjectNode> desired = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            desired.add(whatsappTemplate(String.format("template_%03d", i), "Message number " + i));
        }
        SIM.control().clearRequests();

        assertEquals(100, result(apply(APPLY + "?dryRun=true", desired)).getCreated());
        Map<String, Long> plan = counted();
        assertEquals(Map.of("GET", 1L), plan, "a plan of 100 templates: one listing page (pageSize 1000)");

        SIM.control().clearRequests();
        assertEquals(100, result(apply(APPLY, desired)).getCreated());
        assertEquals(Map.of("GET", 1L, "POST", 100L), counted(), "the first apply: the listing and 100 creates");

        SIM.control().clearRequests();
        assertEquals(100, result(apply(APPLY, desired)).getUnchanged());
        assertEquals(Map.of("GET", 1L), counted(), "the second apply: the listing only");

        SIM.control().advance(Duration.ofSeconds(10));
        for (int i = 0; i < 10; i++) {
            ((ObjectNode) desired.get(i).path("details").path("components").get(0)).put("text", "Edited " + i);
        }
        SIM.control().clearRequests();
        assertEquals(10, result(apply(APPLY, desired)).getUpdated());
        assertEquals(Map.of("GET", 1L, "PATCH", 10L), counted(), "ten edited files: the listing and 10 updates");
        System.out.println("templates-as-code figures (100 templates): plan " + plan + ", first apply 101,"
                + " second apply 1, ten edits 11");
    }

    private static Map<String, Long> counted() {
        return new TreeMap<>(apiRequests().stream().collect(Collectors.groupingBy(RecordedRequest::method,
                Collectors.counting())));
    }
}
