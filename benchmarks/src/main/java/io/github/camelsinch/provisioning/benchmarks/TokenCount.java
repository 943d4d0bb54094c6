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
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Tokens: 10,000 calls over 200 distinct paths and queries at concurrency 16, counting the OAuth2 tokens the
 * simulator issued. The same route, {@code direct:} then {@code toD} of the call's URI, for the component and for
 * camel-http's own OAuth2 options (with and without its {@code oauth2CacheTokens}). Each variant gets a fresh
 * simulator, so its count starts at zero.
 * <p>
 * Usage: {@code TokenCount <result.json> [calls, default 10000] [threads, default 16]}
 */
public final class TokenCount {

    static final int SENDERS = 50;
    static final int TEMPLATES = 50;
    static final int PAGE_SIZES = 50;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/results/tokens.json");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Harness.write(run(calls, threads, true), out);
        System.out.println("token results in " + out);
    }

    static ObjectNode run(int calls, int threads, boolean warmup) throws Exception {
        ObjectNode result = BaselineClient.MAPPER.createObjectNode();
        result.put("calls", calls);
        result.put("threads", threads);
        ArrayNode rows = result.putArray("variants");
        rows.add(variant("sinch-prov", calls, threads, TokenCount::sinchProvUris, true, warmup));
        rows.add(variant("camel-http oauth2", calls, threads, sim -> camelHttpUris(sim, false), false, warmup));
        rows.add(variant("camel-http oauth2 + oauth2CacheTokens=true", calls, threads,
                sim -> camelHttpUris(sim, true), false, warmup));
        return result;
    }

    /** Seeded senders and templates of project {@code tok}: their ids and names. */
    record Paths(List<String> senderIds, List<String> templateNames) {
    }

    static Paths seed(SinchSimulator sim) {
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(sim.control().seed("tok", ResourceKind.WHATSAPP_SENDER, BenchServer.seedRequest(null, "ACTIVE"))
                    .path("key").asText());
        }
        BenchServer.seedTemplates(sim, "tok", "tok_t", TEMPLATES);
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < TEMPLATES; i++) {
            templates.add(BenchServer.templateName("tok_t", i));
        }
        return new Paths(senders, templates);
    }

    static List<String> sinchProvUris(SinchSimulator sim) {
        Paths p = seed(sim);
        List<String> uris = new ArrayList<>();
        p.senderIds().forEach(id -> uris.add("sinch-prov:whatsapp-senders/get?senderId=" + id));
        p.templateNames().forEach(n -> uris.add("sinch-prov:whatsapp-templates/get?templateName=" + n
                + "&languageCode=EN"));
        for (int size = 1; size <= PAGE_SIZES; size++) {
            uris.add("sinch-prov:whatsapp-templates/list?pageSize=" + size);
            uris.add("sinch-prov:whatsapp-senders/list?pageSize=" + size);
        }
        return uris;
    }

    static List<String> camelHttpUris(SinchSimulator sim, boolean cacheTokens) {
        Paths p = seed(sim);
        String project = sim.baseUrl() + "/v1/projects/tok";
        String oauth = "oauth2ClientId=" + sim.keyId() + "&oauth2ClientSecret=RAW(" + sim.keySecret() + ")"
                + "&oauth2TokenEndpoint=RAW(" + sim.tokenUrl() + ")"
                + (cacheTokens ? "&oauth2CacheTokens=true" : "");
        List<String> uris = new ArrayList<>();
        p.senderIds().forEach(id -> uris.add(project + "/whatsapp/senders/" + id + "?" + oauth));
        p.templateNames().forEach(n -> uris.add(project + "/whatsapp/templates/" + n + "/languages/EN?" + oauth));
        for (int size = 1; size <= PAGE_SIZES; size++) {
            uris.add(project + "/whatsapp/templates?pageSize=" + size + "&" + oauth);
            uris.add(project + "/whatsapp/senders?pageSize=" + size + "&" + oauth);
        }
        return uris;
    }

    /** A warm-up round on a throw-away simulator (JIT), then the counted round on a fresh one. */
    private static ObjectNode variant(String name, int calls, int threads, Function<SinchSimulator, List<String>> uris,
                                      boolean component, boolean warmup) throws Exception {
        if (warmup) {
            round(name, Math.min(calls, 2000), threads, uris, component);
        }
        return round(name, calls, threads, uris, component);
    }

    private static ObjectNode round(String name, int calls, int threads, Function<SinchSimulator, List<String>> uris,
                                    boolean component) throws Exception {
        try (SinchSimulator sim = SinchSimulator.start(BenchServer.config(0))) {
            List<String> targets = uris.apply(sim);
            CamelContext context = new DefaultCamelContext();
            if (component) {
                BenchServer server = new BenchServer(sim.baseUrl(), sim.tokenUrl(), sim.keyId(), sim.keySecret(), "-");
                context.addComponent("sinch-prov", SinchProvClient.component(server, "tok"));
            }
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").toD("${exchangeProperty.target}");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Endpoint call = context.getEndpoint("direct:call");
            AtomicLong failures = new AtomicLong();
            long before = sim.tokensIssued();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String target = targets.get(i % targets.size());
                futures.add(pool.submit(() -> {
                    Exchange done = template.send(call, e -> e.setProperty("target", target));
                    if (done.getException() != null) {
                        if (failures.incrementAndGet() == 1) {
                            done.getException().printStackTrace();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            long elapsed = System.nanoTime() - start;
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            long tokens = sim.tokensIssued() - before;
            context.close();
            ObjectNode row = BaselineClient.MAPPER.createObjectNode();
            row.put("variant", name);
            row.put("distinctUris", targets.size());
            row.put("calls", calls);
            row.put("failures", failures.get());
            row.put("tokenRequests", tokens);
            row.put("elapsedMs", elapsed / 1_000_000);
            System.out.println(row);
            return row;
        }
    }

    private TokenCount() {
    }
}
