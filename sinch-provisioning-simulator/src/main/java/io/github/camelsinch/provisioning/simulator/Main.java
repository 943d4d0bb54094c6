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
package io.github.camelsinch.provisioning.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone: {@code java -jar sinch-provisioning-simulator.jar --port 8099}.
 * It runs until interrupted (Ctrl+C); {@code --help} lists the options.
 */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar sinch-provisioning-simulator.jar [options]
              --port N                  port to listen on (default 8099; 0 picks a free port)
              --host ADDRESS            address to bind (default 127.0.0.1)
              --key-id ID               accepted access key id (default sim-key-id)
              --key-secret SECRET       accepted access key secret (default sim-key-secret)
              --token-lifetime SECONDS  lifetime of OAuth2 tokens (default 3600)
              --step-delay SECONDS      simulated time one lifecycle step takes (default 5)
              --time-scale FACTOR       run lifecycles FACTOR times faster (default 1)
              --seed N                  seed of ids and random outcomes (default 42)
              --rejection-rate P        probability that a review rejects anyway (default 0)
              --allow-remote-webhooks   also deliver webhooks to non-loopback targets
              --project ID              a project id that exists from the start (repeatable)
              --strict-projects         serve only --project ids and seeded projects; others get 401
              --help                    print this text
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.print(USAGE);
            return;
        }
        SinchSimulator simulator = SinchSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "sinch-simulator-shutdown"));
        printBanner(simulator, System.out);
        stopped.await();
    }

    static void printBanner(SinchSimulator simulator, PrintStream out) {
        out.println("Sinch provisioning simulator listening on " + simulator.baseUrl());
        out.println("  token endpoint: " + simulator.tokenUrl());
        out.println("  control API:    " + simulator.controlUrl());
        out.println("  key id:         " + simulator.keyId());
        out.println("  key secret:     " + simulator.keySecret());
        out.println("  projects:       " + simulator.servedProjects());
        out.flush();
    }

    /** The configuration the arguments describe, or null when help was asked for. */
    static SimulatorConfig parse(String[] args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(8099);
        String keyId = "sim-key-id";
        String keySecret = "sim-key-secret";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--allow-remote-webhooks" -> b.allowRemoteWebhooks(true);
                case "--strict-projects" -> b.strictProjects(true);
                case "--project" -> b.projects(value(args, ++i, arg));
                case "--port" -> b.port(Integer.parseInt(value(args, ++i, arg)));
                case "--host" -> b.host(value(args, ++i, arg));
                case "--key-id" -> keyId = value(args, ++i, arg);
                case "--key-secret" -> keySecret = value(args, ++i, arg);
                case "--token-lifetime" -> b.tokenLifetime(seconds(value(args, ++i, arg)));
                case "--step-delay" -> b.stepDelay(seconds(value(args, ++i, arg)));
                case "--time-scale" -> b.timeScale(Double.parseDouble(value(args, ++i, arg)));
                case "--seed" -> b.seed(Long.parseLong(value(args, ++i, arg)));
                case "--rejection-rate" -> b.rejectionRate(Double.parseDouble(value(args, ++i, arg)));
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return b.credentials(keyId, keySecret).build();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
