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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FailoverNode} in a JVM of its own, started from this test JVM's class path. Its output goes to
 * {@code <logDir>/<name>.log}; the {@code READY} and {@code LEADER <ms>} lines are noted. Every node still running
 * when the test JVM exits is killed by a shutdown hook; a node whose parent died anyway stops at the end of its
 * standard input.
 */
final class NodeProcess implements AutoCloseable {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "failover-node-reaper"));
    }

    private final String name;
    private final Process process;
    private final OutputStream stdin;
    private final List<Long> leaderSince = new CopyOnWriteArrayList<>();
    private volatile boolean ready;

    private NodeProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(() -> copyOutput(log), "failover-node-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a node; {@code settings} are sent on its standard input (never on the command line). */
    static NodeProcess start(String name, Map<String, String> settings, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        // Surefire's java.class.path may be a manifest-only jar; this property holds the real test class path.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.apache.logging.log4j.level=" + System.getProperty("failover.nodeLogLevel", "WARN"),
                "-cp", classPath, FailoverNode.class.getName());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        RUNNING.add(process);
        NodeProcess node = new NodeProcess(name, process, logDir.resolve(name + ".log"));
        StringBuilder text = new StringBuilder("node=" + name + "\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append(FailoverNode.END_OF_SETTINGS).append('\n');
        node.stdin.write(text.toString().getBytes(StandardCharsets.UTF_8));
        node.stdin.flush();
        return node;
    }

    String name() {
        return name;
    }

    boolean isReady() {
        return ready;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The first time this node announced leadership at or after the given time. */
    Optional<Long> leaderSince(long atMillis) {
        return leaderSince.stream().filter(t -> t >= atMillis).findFirst();
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux): no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + name + " survived SIGKILL for 10 s");
        }
        RUNNING.remove(process);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        RUNNING.remove(process);
    }

    private void copyOutput(Path log) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    ready = true;
                } else if (line.startsWith("LEADER ")) {
                    leaderSince.add(Long.parseLong(line.substring("LEADER ".length())));
                }
                file.write(line);
                file.write('\n');
                file.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("output of node " + name, e);
        }
    }
}
