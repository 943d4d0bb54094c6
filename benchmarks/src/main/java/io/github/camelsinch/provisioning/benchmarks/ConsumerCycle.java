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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.openjdk.jol.info.GraphLayout;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Consumer: one poll cycle of {@code from("sinch-prov:whatsapp-templates/list")} over 1,000, 10,000 and 100,000
 * templates, next to fetching and parsing the same pages (same page size, 1,000) with the hand-written client.
 * <p>
 * Figures are for the polling thread only (the consumer polls on the thread that runs it; HttpClient's classic API
 * does its I/O on the caller's thread), so the in-process simulator's own work is not counted in CPU time or
 * allocation. Wall time includes the server. Cycles of the two alternate; the median of the measured ones is kept.
 * The state is a {@link MemoryStateRepository}; its retained size is walked with JOL.
 * <p>
 * Usage: {@code ConsumerCycle <result.json> [sizes, default 1000,10000,100000]}
 */
public final class ConsumerCycle {

    static final int PAGE = 1000;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/results/consumer.json");
        int[] sizes =
                args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                        : new int[] {1000, 10_000, 100_000};
        Harness.write(run(sizes, warmupCycles(), measuredCycles(), true), out);
        System.out.println("consumer results in " + out);
    }

    static int warmupCycles() {
        return Integer.parseInt(Harness.env("bench.consumer.warmup", "3"));
    }

    static int measuredCycles() {
        return Integer.parseInt(Harness.env("bench.consumer.cycles", "5"));
    }

    /** @param withModels also time fetching and parsing into the list models (for context; slow) */
    static ObjectNode run(int[] sizes, int warmup, int measured, boolean withModels) throws Exception {
        ObjectNode result = BaselineClient.MAPPER.createObjectNode();
        result.put("pageSize", PAGE);
        result.put("warmupCycles", warmup);
        result.put("measuredCycles", measured);
        ArrayNode rows = result.putArray("sizes");
        try (SinchSimulator sim = SinchSimulator.start(BenchServer.config(0))) {
            BenchServer server = new BenchServer(sim.baseUrl(), sim.tokenUrl(), sim.keyId(), sim.keySecret(), "none");
            CamelContext context = new DefaultCamelContext();
            context.addComponent("sinch-prov", SinchProvClient.component(server, BenchServer.PROJECT));
            context.start();
            try (BaselineClient baseline = new BaselineClient(server)) {
                for (int n : sizes) {
                    rows.add(measure(sim, context, baseline, n, warmup, measured, withModels));
                }
            } finally {
                context.close();
            }
        }
        return result;
    }

    private static ObjectNode measure(SinchSimulator sim, CamelContext context, BaselineClient baseline, int n,
                                      int warmup, int measured, boolean withModels) throws Exception {
        String project = "poll" + n;
        long seedStart = System.nanoTime();
        BenchServer.seedTemplates(sim, project, "t", n);
        System.out.printf("seeded %,d templates in %d ms%n", n, (System.nanoTime() - seedStart) / 1_000_000);

        MemoryStateRepository state = new MemoryStateRepository();
        String stateName = "state" + n;
        context.getRegistry().bind(stateName, state);
        AtomicLong emitted = new AtomicLong();
        String routeId = "watch" + n;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:whatsapp-templates/list?projectId=" + project + "&startScheduler=false"
                        + "&stateRepository=#" + stateName)
                        .routeId(routeId)
                        .process(exchange -> emitted.incrementAndGet());
            }
        });
        Consumer consumer = context.getRoute(routeId).getConsumer();
        ScheduledPollConsumer poller = (ScheduledPollConsumer) consumer;
        String pagePath = "/v1/projects/" + project + "/whatsapp/templates?pageSize=" + PAGE;

        // The first poll stores a fingerprint per resource (no events): the baseline of the state.
        sim.control().clearRequests();
        Harness.Cost first = Harness.measure(poller::run);
        int firstRequests = sim.control().requests().size();
        long stateBytes = retainedBytes(state);
        int stateEntries = entries(state).size();
        double fingerprintChars = entries(state).entrySet().stream().filter(e -> e.getKey().contains(":r:"))
                .mapToInt(e -> e.getValue().length()).average().orElse(0);

        List<Harness.Cost> pollCosts = new ArrayList<>();
        List<Harness.Cost> treeCosts = new ArrayList<>();
        List<Harness.Cost> modelCosts = new ArrayList<>();
        int pollRequests = 0;
        int fetchRequests = 0;
        // The largest size costs seconds per cycle (mostly the simulator listing 100,000 resources): fewer cycles,
        // and the slow model parse (context only) is left out.
        boolean large = n >= 100_000;
        int warmupHere = large ? Math.min(warmup, 1) : warmup;
        int measuredHere = large ? Math.min(measured, 3) : measured;
        boolean modelsHere = withModels && !large;
        for (int i = 0; i < warmupHere + measuredHere; i++) {
            sim.control().clearRequests();
            Harness.Cost tree = Harness.measure(() -> fetchAll(baseline, pagePath, n, baseline::getTree,
                    page -> page.path("nextPageToken").asText("")));
            fetchRequests = sim.control().requests().size();
            Harness.Cost model = !modelsHere ? new Harness.Cost(0, 0, 0)
                    : Harness.measure(() -> fetchAll(baseline, pagePath, n,
                            p -> baseline.getModel(p, WhatsappTemplateListDto.class),
                            page -> page.getNextPageToken() == null ? "" : page.getNextPageToken()));
            sim.control().clearRequests();
            Harness.Cost poll = Harness.measure(poller::run);
            pollRequests = sim.control().requests().size();
            if (i >= warmupHere) {
                treeCosts.add(tree);
                modelCosts.add(model);
                pollCosts.add(poll);
            }
        }
        if (emitted.get() != 0) {
            throw new IllegalStateException("unchanged resources emitted " + emitted.get() + " events");
        }
        if (pollRequests != fetchRequests || pollRequests != (n + PAGE - 1) / PAGE) {
            throw new IllegalStateException("poll made " + pollRequests + " requests, fetching " + fetchRequests);
        }

        ObjectNode row = BaselineClient.MAPPER.createObjectNode();
        row.put("resources", n);
        row.put("measuredCycles", measuredHere);
        row.put("requestsPerCycle", pollRequests);
        row.put("fetchRequestsPerCycle", fetchRequests);
        row.put("firstPollRequests", firstRequests);
        put(row, "poll", pollCosts);
        put(row, "fetchParseTree", treeCosts);
        put(row, "fetchParseModel", modelCosts);
        row.put("firstPollWallMs", first.wallNanos() / 1e6);
        row.put("firstPollCpuMs", first.cpuNanos() / 1e6);
        row.put("firstPollAllocMB", first.allocatedBytes() / 1e6);
        row.put("stateEntries", stateEntries);
        row.put("stateRetainedBytes", stateBytes);
        row.put("stateBytesPerResource", (double) stateBytes / n);
        row.put("fingerprintChars", fingerprintChars);
        System.out.println(row);

        context.getRouteController().stopRoute(routeId);
        context.removeRoute(routeId);
        return row;
    }

    /** Reads every page like the consumer does; fails on a short listing. */
    private static <P> void fetchAll(BaselineClient client, String firstPage, int expected,
                                     Function<String, P> get, Function<P, String> next) {
        String token = "";
        int pages = 0;
        do {
            P page = get.apply(token.isEmpty() ? firstPage : firstPage + "&pageToken=" + token);
            pages++;
            token = next.apply(page);
        } while (!token.isEmpty());
        if (pages != (expected + PAGE - 1) / PAGE) {
            throw new IllegalStateException("read " + pages + " pages");
        }
    }

    private static void put(ObjectNode row, String name, List<Harness.Cost> costs) {
        ObjectNode node = row.putObject(name);
        node.put("wallMs", Harness.median(costs.stream().mapToLong(Harness.Cost::wallNanos).toArray()) / 1e6);
        node.put("cpuMs", Harness.median(costs.stream().mapToLong(Harness.Cost::cpuNanos).toArray()) / 1e6);
        node.put("allocMB", Harness.median(costs.stream().mapToLong(Harness.Cost::allocatedBytes).toArray()) / 1e6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> entries(MemoryStateRepository state) throws ReflectiveOperationException {
        Field cache = MemoryStateRepository.class.getDeclaredField("cache");
        cache.setAccessible(true);
        return (Map<String, String>) cache.get(state);
    }

    /** Bytes reachable from the repository's map: entries, keys, values, the table. */
    private static long retainedBytes(MemoryStateRepository state) throws ReflectiveOperationException {
        // JOL would otherwise start the Serviceability Agent in a child process to read VM details (seconds).
        System.setProperty("jol.skipHotspotSAAttach", "true");
        return GraphLayout.parseInstance(entries(state)).totalSize();
    }

    private ConsumerCycle() {
    }
}
