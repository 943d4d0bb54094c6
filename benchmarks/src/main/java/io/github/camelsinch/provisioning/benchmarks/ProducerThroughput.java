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
import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Producer throughput at concurrency 1 and 16, and the client's CPU time and allocation per call, with the variants
 * taking turns: each round runs every variant alone for one slice (N threads calling as fast as they can), in an
 * order that rotates from round to round. Whatever else the machine does hits neighbouring slices alike, so the
 * per-round ratios hold on a busy machine where minutes-apart runs would not; the median of the measured rounds is
 * kept. CPU time and allocation are those of the calling threads (HttpClient's classic API, Camel's direct route
 * and both producers run on the caller's thread; the server is another JVM).
 * <p>
 * Variants: the hand-written baseline, the same baseline called from a processor in a {@code direct:} route (what
 * any Camel route costs), camel-http + camel-jackson, sinch-prov.
 * <p>
 * Usage: {@code ProducerThroughput <result.json> [warm-up rounds, 6] [rounds, 10] [slice ms, 500]} with
 * {@code -Dbench.server=<file>} (else an in-process simulator, whose work then competes with the clients).
 */
public final class ProducerThroughput {

    static final int[] CONCURRENCY = {1, 16};

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/results/throughput.json");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long sliceMs = args.length > 3 ? Long.parseLong(args[3]) : 500;
        Harness.write(run(warmup, rounds, sliceMs), out);
        System.out.println("throughput results in " + out);
        BenchServer.release();
    }

    /** What one slice of one variant did: calls, wall time, and the calling threads' CPU time and allocation. */
    record Slice(long calls, long wallNanos, long cpuNanos, long bytes) {
        double opsPerSecond() {
            return calls * 1e9 / wallNanos;
        }

        double cpuMicrosPerCall() {
            return cpuNanos / 1e3 / calls;
        }

        double bytesPerCall() {
            return (double) bytes / calls;
        }
    }

    static ObjectNode run(int warmup, int rounds, long sliceMs) throws Exception {
        BenchServer server = BenchServer.get();
        Map<String, ProducerClient> clients = new LinkedHashMap<>();
        clients.put("1_baseline", new BaselineClient(server));
        clients.put("1b_baselineInCamelRoute", new CamelRouteBaselineClient(server));
        clients.put("2_camelHttp", new CamelHttpClient(server));
        clients.put("3_sinchProv", new SinchProvClient(server));
        WhatsappInputTemplateCompareDto body = BaselineClient.compareRequest();
        Map<String, Consumer<ProducerClient>> calls = new LinkedHashMap<>();
        calls.put("get", ProducerClient::getSender);
        calls.put("list", ProducerClient::listTemplates);
        calls.put("post", c -> c.compareTemplates(body));

        ObjectNode result = BaselineClient.MAPPER.createObjectNode();
        result.put("warmupRounds", warmup);
        result.put("rounds", rounds);
        result.put("sliceMs", sliceMs);
        ArrayNode rows = result.putArray("results");
        ExecutorService pool = Executors.newFixedThreadPool(Arrays.stream(CONCURRENCY).max().orElse(1));
        try {
            for (int threads : CONCURRENCY) {
                for (Map.Entry<String, Consumer<ProducerClient>> call : calls.entrySet()) {
                    Map<String, List<Slice>> slices = new LinkedHashMap<>();
                    List<String> order = new ArrayList<>(clients.keySet());
                    for (int round = 0; round < warmup + rounds; round++) {
                        for (int k = 0; k < order.size(); k++) {
                            String variant = order.get((round + k) % order.size());
                            Slice s = slice(pool, threads, clients.get(variant), call.getValue(), sliceMs);
                            if (round >= warmup) {
                                slices.computeIfAbsent(variant, v -> new ArrayList<>()).add(s);
                            }
                        }
                    }
                    List<Slice> base = slices.get("1_baseline");
                    for (String variant : clients.keySet()) {
                        List<Slice> s = slices.get(variant);
                        ObjectNode row = rows.addObject();
                        row.put("benchmark", call.getKey() + "_" + variant);
                        row.put("threads", threads);
                        row.put("opsPerSecond", median(s.stream().mapToDouble(Slice::opsPerSecond).toArray()));
                        row.put("cpuMicrosPerCall", median(s.stream().mapToDouble(Slice::cpuMicrosPerCall).toArray()));
                        row.put("bytesPerCall", median(s.stream().mapToDouble(Slice::bytesPerCall).toArray()));
                        double[] ops = new double[s.size()];
                        double[] cpu = new double[s.size()];
                        for (int i = 0; i < s.size(); i++) {
                            ops[i] = s.get(i).opsPerSecond() / base.get(i).opsPerSecond();
                            cpu[i] = s.get(i).cpuMicrosPerCall() / base.get(i).cpuMicrosPerCall();
                        }
                        row.put("opsRatio", median(ops));
                        row.put("opsRatioMin", Arrays.stream(ops).min().orElse(Double.NaN));
                        row.put("opsRatioMax", Arrays.stream(ops).max().orElse(Double.NaN));
                        row.put("cpuRatio", median(cpu));
                        System.out.println(row);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            clients.values().forEach(ProducerClient::close);
        }
        return result;
    }

    /** {@code threads} threads call for about {@code millis}, all starting together. */
    private static Slice slice(ExecutorService pool, int threads, ProducerClient client, Consumer<ProducerClient> call,
                               long millis) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                long end = System.nanoTime() + millis * 1_000_000;
                long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long n = 0;
                do {
                    call.accept(client);
                    n++;
                } while (System.nanoTime() < end);
                return new long[] {n, THREADS.getCurrentThreadCpuTime() - cpu0,
                    THREADS.getCurrentThreadAllocatedBytes() - alloc0};
            }));
        }
        start.await();
        long wall0 = System.nanoTime();
        long calls = 0;
        long cpu = 0;
        long bytes = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            calls += r[0];
            cpu += r[1];
            bytes += r[2];
        }
        return new Slice(calls, System.nanoTime() - wall0, cpu, bytes);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private ProducerThroughput() {
    }
}
