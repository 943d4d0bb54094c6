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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * Where the producer benchmarks send their calls: the simulator with the benchmark data seeded.
 * <p>
 * {@code run.sh} starts one simulator in its own JVM ({@link #main}) and passes its description to every JMH fork
 * with {@code -Dbench.server=<file>}: all variants of a run then call the very same server, and the client JVM's
 * allocation figures ({@code -prof gc} counts every thread of the JVM) hold no server allocations. Without that
 * property (tests, a quick run from the IDE) an in-process simulator is started and seeded once per JVM.
 *
 * @param senderId      a seeded WhatsApp sender, for {@code whatsapp-senders/get}
 */
public record BenchServer(String baseUrl, String tokenUrl, String keyId, String keySecret, String senderId) {

    /** The project every producer benchmark calls. */
    public static final String PROJECT = "bench";
    /** Templates seeded in {@link #PROJECT}: more than one page of 100. */
    public static final int TEMPLATES = 150;
    /** The page size of the list benchmark. */
    public static final int PAGE_SIZE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static BenchServer inProcess;
    private static SinchSimulator inProcessSimulator;

    /** The server of this run: the one named by {@code -Dbench.server}, else an in-process one. */
    public static synchronized BenchServer get() {
        String file = System.getProperty("bench.server");
        if (file != null && !file.isBlank()) {
            return read(Path.of(file));
        }
        if (inProcess == null) {
            inProcessSimulator = SinchSimulator.start(config(0));
            inProcess = seed(inProcessSimulator);
        }
        return inProcess;
    }

    /** Stops the in-process simulator, if this JVM started one (its Jetty threads would keep a JMH fork alive). */
    public static synchronized void release() {
        if (inProcessSimulator != null) {
            inProcessSimulator.close();
            inProcessSimulator = null;
            inProcess = null;
        }
    }

    /** A simulator whose clock stands still: no lifecycle ticker, tokens never expire during a run. */
    static SimulatorConfig config(int port) {
        return SimulatorConfig.builder().port(port).manualClock(Instant.now()).build();
    }

    /** Seeds one ACTIVE sender and {@link #TEMPLATES} APPROVED templates, all held (no lifecycle steps). */
    static BenchServer seed(SinchSimulator sim) {
        ObjectNode sender = sim.control().seed(PROJECT, ResourceKind.WHATSAPP_SENDER, seedRequest(null, "ACTIVE"));
        seedTemplates(sim, PROJECT, "bench_t", TEMPLATES);
        return new BenchServer(sim.baseUrl(), sim.tokenUrl(), sim.keyId(), sim.keySecret(),
                sender.path("key").asText());
    }

    /** Seeds {@code count} APPROVED, held WhatsApp templates {@code <prefix>000000...} in language EN. */
    static void seedTemplates(SinchSimulator sim, String project, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            ObjectNode template = JSON.createObjectNode()
                    .put("name", templateName(prefix, i)).put("language", "EN").put("category", "MARKETING");
            sim.control().seed(project, ResourceKind.WHATSAPP_TEMPLATE, seedRequest(template, "APPROVED"));
        }
    }

    static String templateName(String prefix, int i) {
        return String.format("%s%06d", prefix, i);
    }

    static ObjectNode seedRequest(ObjectNode resource, String stage) {
        ObjectNode request = JSON.createObjectNode();
        request.set("resource", resource == null ? JSON.createObjectNode() : resource);
        request.put("stage", stage);
        request.put("hold", true);
        return request;
    }

    /** The name of the template the POST benchmark compares (with the next one). */
    public static String firstTemplate() {
        return templateName("bench_t", 0);
    }

    public static String secondTemplate() {
        return templateName("bench_t", 1);
    }

    private static BenchServer read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bench server file " + file, e);
        }
        return new BenchServer(p.getProperty("baseUrl"), p.getProperty("tokenUrl"), p.getProperty("keyId"),
                p.getProperty("keySecret"), p.getProperty("senderId"));
    }

    private void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("baseUrl", baseUrl);
        p.setProperty("tokenUrl", tokenUrl);
        p.setProperty("keyId", keyId);
        p.setProperty("keySecret", keySecret);
        p.setProperty("senderId", senderId);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "benchmark simulator");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Runs the shared simulator of a benchmark run: {@code BenchServer <description file>}. Seeds, warms the
     * server's own code up with a few thousand calls, writes the file and serves until the process is stopped.
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench-server.properties");
        SinchSimulator sim = SinchSimulator.start(config(0));
        BenchServer server = seed(sim);
        try (BaselineClient warm = new BaselineClient(server)) {
            long end = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < end) {
                warm.getSender();
                warm.listTemplates();
                warm.compareTemplates(BaselineClient.compareRequest());
            }
        }
        server.write(file);
        System.out.println("bench server at " + server.baseUrl() + " (" + file + ")");
        Thread.currentThread().join();
    }
}
