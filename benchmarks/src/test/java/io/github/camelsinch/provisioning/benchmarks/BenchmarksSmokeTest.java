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
package io.github.camelsinch.provisioning.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every benchmark once, tiny, against an in-process simulator: the variants return the same data and the
 * harnesses work. The benchmarks themselves run only through run.sh.
 */
class BenchmarksSmokeTest {

    @AfterAll
    static void stopSimulator() {
        BenchServer.release();
    }

    @Test
    void producerVariantsReturnTheSameModels() {
        BenchServer server = BenchServer.get();
        try (ProducerClient baseline = new BaselineClient(server);
             ProducerClient camelHttp = new CamelHttpClient(server);
             ProducerClient sinchProv = new SinchProvClient(server)) {
            for (ProducerClient client : List.of(baseline, camelHttp, sinchProv)) {
                ProducerAllocationBenchmark.check(client);
                assertEquals(baseline.getSender(), client.getSender(), client.getClass().getSimpleName());
                assertEquals(names(baseline), names(client), client.getClass().getSimpleName());
                assertEquals(baseline.compareTemplates(BaselineClient.compareRequest()),
                        client.compareTemplates(BaselineClient.compareRequest()), client.getClass().getSimpleName());
            }
        }
    }

    private static List<String> names(ProducerClient client) {
        return client.listTemplates().getTemplates().stream().map(WhatsappTemplateDto::getName).toList();
    }

    @Test
    void tokenCountsOneTokenForTheComponent() throws Exception {
        ObjectNode result = TokenCount.run(100, 4, false);
        JsonNode sinchProv = result.path("variants").get(0);
        assertEquals(0, sinchProv.path("failures").asLong());
        assertEquals(1, sinchProv.path("tokenRequests").asLong());
        JsonNode camelHttp = result.path("variants").get(1);
        assertEquals(0, camelHttp.path("failures").asLong());
        assertEquals(100, camelHttp.path("tokenRequests").asLong());
    }

    @Test
    void consumerCycleReadsEveryPageAndMeasuresTheState() throws Exception {
        JsonNode row = ConsumerCycle.run(new int[] {1100}, 0, 1, false).path("sizes").get(0);
        assertEquals(2, row.path("requestsPerCycle").asInt());
        assertTrue(row.path("stateRetainedBytes").asLong() > 0, row.toString());
    }

    @Test
    void startupStartsOneEndpointPerOperation() throws Exception {
        BenchServer server = BenchServer.get();
        CamelContext context = StartupTiming.start(StartupTiming.sinchProvUris(), server);
        try {
            assertEquals(85, context.getEndpoints().stream().filter(e -> e.getEndpointUri().startsWith("sinch-prov:"))
                    .count());
        } finally {
            context.stop();
        }
    }
}
