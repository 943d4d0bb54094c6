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
package io.github.camelsinch.provisioning.simulator.perf;

import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.github.camelsinch.provisioning.simulator.support.SimClient;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounded loopback load generator: N client threads send authenticated GETs of one WhatsApp sender for a fixed
 * time and the requests per second are printed. Not part of the test suite; run with {@code mvn -Pperf verify}
 * or directly from the test classpath. Client and server share the machine, so the number is a lower bound.
 *
 * <p>Arguments: {@code [threads=16] [warmupSeconds=3] [measureSeconds=10]}.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration warmup = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 3);
        Duration measure = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        try (SinchSimulator sim = SinchSimulator.start(SimulatorConfig.defaults())) {
            String id = SimClient.basic(sim).post("/v1/projects/perf/whatsapp/senders",
                    "{\"wabaId\":\"1\",\"phoneNumberId\":\"2\"}").json().path("id").asText();
            URI uri = URI.create(sim.baseUrl() + "/v1/projects/perf/whatsapp/senders/" + id);
            String basic = SimClient.basicHeader(sim.keyId(), sim.keySecret());
            String bearer = "Bearer " + SimClient.token(sim);
            System.out.printf("Sinch simulator throughput, %d client threads, %d cores, GET %s%n", threads,
                    Runtime.getRuntime().availableProcessors(), uri.getPath().replace(id, "{senderId}"));
            // Warm both paths up first, so neither measurement pays for the JIT compiling the server.
            run(uri, basic, threads, warmup);
            run(uri, bearer, threads, warmup);
            report("HTTP Basic", run(uri, basic, threads, measure), measure);
            report("OAuth2 bearer", run(uri, bearer, threads, measure), measure);
        }
    }

    private static void report(String auth, long requests, Duration measured) {
        System.out.printf("  %-14s %,10d requests in %ds = %,8.0f req/s%n", auth, requests, measured.toSeconds(),
                requests / (double) measured.toSeconds());
    }

    /** Sends GETs from {@code threads} threads until {@code duration} is over; returns the 200 answers. */
    private static long run(URI uri, String authorization, int threads, Duration duration) throws Exception {
        URL url = uri.toURL();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> {
                    long ok = 0;
                    while (!stop.get()) {
                        // HttpURLConnection keeps connections alive per thread and costs the shared CPU less than
                        // java.net.http, so more of the machine is left to the server being measured.
                        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
                        connection.setRequestProperty("Authorization", authorization);
                        try (InputStream body = connection.getInputStream()) {
                            body.readAllBytes();
                        }
                        if (connection.getResponseCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            Thread.sleep(duration.toMillis());
            stop.set(true);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
