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
package io.github.camelsinch.provisioning.examples.quickstart;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the quickstart: {@code Quickstart [--dsl java|yaml] [--allow-create] [--timeout SECONDS]}. Exits 0 when the
 * sender and the template reached their success status, 1 otherwise.
 *
 * <p>Without Sinch credentials in the environment it starts the simulator in this process. With them
 * ({@code SINCH_PROJECT_ID}, {@code SINCH_KEY_ID}, {@code SINCH_KEY_SECRET}) it calls Sinch, and stays read-only
 * (it lists and watches) unless {@code --allow-create} is given.
 */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        Options options = Options.parse(args);
        try (Backend backend = Backend.fromEnvironment(env)) {
            return run(options, backend, out);
        }
    }

    private static int run(Options options, Backend backend, PrintStream out) throws Exception {
        Progress progress = new Progress(out, backend.isSimulator());
        try (CallbackReceiver callbacks = new CallbackReceiver(progress::callback)) {
            boolean create = backend.isSimulator() || options.allowCreate();
            out.println(
                    "camel-sinch-provisioning quickstart (" + options.dsl() + " DSL) against " + backend.describe());
            CamelContext context = new DefaultCamelContext();
            try {
                context.addComponent("sinch-prov", backend.component());
                context.getRegistry().bind("progress", progress);
                context.getRegistry().bind("requests", new Requests(callbacks.url(), "quickstart-webhook-secret"));
                Properties properties = new Properties();
                properties.setProperty("quickstart.pollDelay", backend.isSimulator() ? "200" : "5000");
                context.getPropertiesComponent().setInitialProperties(properties);
                addRoutes(context, options.dsl());
                context.start();
                context.createProducerTemplate().sendBody(create ? "direct:provision" : "direct:list", null);
                boolean finished = progress.await(create ? options.timeout() : Duration.ofSeconds(20));
                if (create && !finished) {
                    out.println(
                            "Timed out after " + options.timeout().toSeconds() + " s waiting for the final statuses");
                }
            } finally {
                context.stop();
            }
            progress.printSummary(callbacks.eventTypes());
            return !create || progress.succeeded() ? 0 : 1;
        }
    }

    private static void addRoutes(CamelContext context, String dsl) throws Exception {
        if (dsl.equals("yaml")) {
            Resource routes =
                    ResourceHelper.resolveMandatoryResource(context, "classpath:routes/quickstart.camel.yaml");
            PluginHelper.getRoutesLoader(context).loadRoutes(routes);
        } else {
            context.addRoutes(new ProvisioningRoutes());
        }
    }

    /** The command line. */
    record Options(String dsl, boolean allowCreate, Duration timeout) {

        static Options parse(String[] args) {
            String dsl = "java";
            boolean allowCreate = false;
            Duration timeout = Duration.ofSeconds(60);
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                switch (list.get(i)) {
                    case "--dsl" -> dsl = value(list, ++i, "--dsl");
                    case "--allow-create" -> allowCreate = true;
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value(list, ++i, "--timeout")));
                    default -> throw new IllegalArgumentException("Unknown argument " + list.get(i)
                            + ". Usage: Quickstart [--dsl java|yaml] [--allow-create] [--timeout SECONDS]");
                }
            }
            if (!dsl.equals("java") && !dsl.equals("yaml")) {
                throw new IllegalArgumentException("--dsl must be java or yaml, got " + dsl);
            }
            return new Options(dsl, allowCreate, timeout);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
