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
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Start-up: build and start a CamelContext with one route per operation of the catalogue (85), {@code direct:} to
 * a {@code sinch-prov:} endpoint; next to the same 85 routes to {@code http:} endpoints (camel-http, one per
 * operation path) and to {@code direct:} endpoints (Camel's own share). Nothing is called: endpoints fetch no token
 * before their first call.
 * <p>
 * Cold: each sample is a fresh JVM (class loading, the catalogue, Camel itself), variants interleaved round by
 * round. Warm: the same JVM starts and stops each context again and again, interleaved. Medians are kept.
 * <p>
 * Usage: {@code StartupTiming <result.json> [cold rounds, default 7] [warm rounds, default 15]}
 */
public final class StartupTiming {

    /** A configured address that is never contacted. */
    static final BenchServer NOWHERE = new BenchServer("http://127.0.0.1:9", "http://127.0.0.1:9/oauth2/token",
            "sim-key-id", "sim-key-secret", "none");

    static final Map<String, Supplier<List<String>>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("camel-only", StartupTiming::directUris);
        VARIANTS.put("camel-http", () -> camelHttpUris(NOWHERE.baseUrl()));
        VARIANTS.put("sinch-prov", StartupTiming::sinchProvUris);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--probe")) {
            probe(args[1]);
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/results/startup.json");
        int coldRounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmRounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Harness.write(run(coldRounds, warmRounds), out);
        System.out.println("start-up results in " + out);
    }

    static ObjectNode run(int coldRounds, int warmRounds) throws Exception {
        Map<String, List<long[]>> cold = new LinkedHashMap<>();
        for (int round = 0; round < coldRounds; round++) {
            for (String variant : VARIANTS.keySet()) {
                cold.computeIfAbsent(variant, v -> new ArrayList<>()).add(coldStart(variant));
            }
        }
        Map<String, List<long[]>> warm = new LinkedHashMap<>();
        int warmup = 5;
        for (int round = 0; round < warmup + warmRounds; round++) {
            for (Map.Entry<String, Supplier<List<String>>> v : VARIANTS.entrySet()) {
                long[] sample = timed(v.getValue().get());
                if (round >= warmup) {
                    warm.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(sample);
                }
            }
        }
        ObjectNode result = BaselineClient.MAPPER.createObjectNode();
        result.put("operations", OperationCatalog.get().operations().size());
        result.put("coldRounds", coldRounds);
        result.put("warmRounds", warmRounds);
        ArrayNode rows = result.putArray("variants");
        for (String variant : VARIANTS.keySet()) {
            ObjectNode row = rows.addObject();
            row.put("variant", variant);
            row.put("coldWallMs", Harness.median(cold.get(variant).stream().mapToLong(s -> s[0]).toArray()) / 1e6);
            row.put("coldCpuMs", Harness.median(cold.get(variant).stream().mapToLong(s -> s[1]).toArray()) / 1e6);
            row.put("warmWallMs", Harness.median(warm.get(variant).stream().mapToLong(s -> s[0]).toArray()) / 1e6);
            row.put("warmCpuMs", Harness.median(warm.get(variant).stream().mapToLong(s -> s[1]).toArray()) / 1e6);
            System.out.println(row);
        }
        return result;
    }

    /** One cold start in a new JVM: {wall ns, process CPU ns} of building and starting the context. */
    private static long[] coldStart(String variant) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), StartupTiming.class.getName(), "--probe",
                variant).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("probe ")) {
                    last = line;
                }
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("start-up probe of " + variant + " failed");
        }
        String[] parts = last.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static void probe(String variant) throws Exception {
        long[] sample = timed(VARIANTS.get(variant).get());
        System.out.println("probe " + sample[0] + " " + sample[1]);
    }

    /** Builds, starts (measured) and stops a context: {wall ns, process CPU ns}. */
    private static long[] timed(List<String> uris) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        CamelContext context = start(uris, NOWHERE);
        long wall = System.nanoTime() - wall0;
        long cpu = os.getProcessCpuTime() - cpu0;
        context.stop();
        return new long[] {wall, cpu};
    }

    /** The 85 operations as endpoint URIs of the component. */
    static List<String> sinchProvUris() {
        return OperationCatalog.get().operations().stream().map(op -> "sinch-prov:" + op.uriPath()).toList();
    }

    /** One camel-http endpoint per operation path (placeholders filled), as 85 hand-made routes would use. */
    static List<String> camelHttpUris(String baseUrl) {
        return OperationCatalog.get().operations().stream().map(op -> baseUrl + fill(op)).toList();
    }

    /** Camel's own share: 85 routes to a trivial endpoint. */
    static List<String> directUris() {
        return OperationCatalog.get().operations().stream().map(op -> "direct:out-" + op.operationId()).toList();
    }

    private static String fill(ApiOperation op) {
        return op.pathTemplate().replaceAll("\\{[^}]+}", "x") + "?httpMethod=" + op.method();
    }

    static CamelContext start(List<String> uris, BenchServer server) throws Exception {
        CamelContext context = new DefaultCamelContext();
        if (uris.get(0).startsWith("sinch-prov:")) {
            context.addComponent("sinch-prov", SinchProvClient.component(server, BenchServer.PROJECT));
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.size(); i++) {
                    from("direct:op" + i).to(uris.get(i));
                }
            }
        });
        context.start();
        return context;
    }

    private StartupTiming() {
    }
}
