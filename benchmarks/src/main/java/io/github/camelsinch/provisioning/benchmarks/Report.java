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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the result files of a run into the tables of docs/performance.md ({@code results.md} next to them) and
 * the chart ({@code docs/performance.svg}): every figure as a ratio to its baseline of the same run.
 * <p>
 * Usage: {@code Report <results dir> <chart.svg>}
 */
public final class Report {

    private static final String[] CALLS = {"get", "list", "post"};
    private static final Map<String, String> CALL_NAMES = Map.of(
            "get", "small GET (`whatsapp-senders/get`, ~1 KB)",
            "list", "list page of 100 (`whatsapp-templates/list?pageSize=100`)",
            "post", "POST with a body (`whatsapp-templates/compare`)");
    private static final String[] VARIANTS = {"1_baseline", "2_camelHttp", "3_sinchProv"};

    /** One JMH result: score with its error, allocation per call (B/op). */
    record Jmh(double ops, double opsError, double bytes) {
    }

    private final Path dir;
    private final StringBuilder md = new StringBuilder();

    private Report(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
        Path chart = Path.of(args.length > 1 ? args[1] : "docs/performance.svg");
        Report report = new Report(dir);
        report.build();
        Files.writeString(dir.resolve("results.md"), report.md, StandardCharsets.UTF_8);
        Files.createDirectories(chart.toAbsolutePath().getParent());
        Files.writeString(chart, report.svg(), StandardCharsets.UTF_8);
        System.out.println(report.md);
        System.out.println("tables in " + dir.resolve("results.md") + ", chart in " + chart);
    }

    private void build() throws IOException {
        Path machine = dir.resolve("machine.txt");
        if (Files.exists(machine)) {
            md.append("Machine:\n\n```\n").append(Files.readString(machine).strip()).append("\n```\n\n");
        }
        producer();
        steps();
        tokens();
        consumer();
        startup();
    }

    // ---- producer -----------------------------------------------------------------------------------------------

    /** One variant at one concurrency: throughput, its ratio to the baseline, CPU per call, JMH allocation. */
    record Producer(double ops, double opsRatio, double opsRatioMin, double opsRatioMax, double cpuMicros,
                    double cpuRatio, double bytes) {
    }

    private final Map<String, Producer> producer = new LinkedHashMap<>(); // "get_3_sinchProv@16"

    private void producer() throws IOException {
        Map<String, Double> bytes = new LinkedHashMap<>();
        for (int t : new int[] {1, 16}) {
            Path allocation = dir.resolve("allocation-t" + t + ".json");
            if (Files.exists(allocation)) {
                for (JsonNode r : BaselineClient.MAPPER.readTree(allocation.toFile())) {
                    bytes.put(method(r.path("benchmark").asText()) + "@" + t,
                            r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN));
                }
            }
        }
        Path file = dir.resolve("throughput.json");
        if (!Files.exists(file)) {
            return;
        }
        JsonNode t = BaselineClient.MAPPER.readTree(file.toFile());
        for (JsonNode r : t.path("results")) {
            String key = r.path("benchmark").asText() + "@" + r.path("threads").asInt();
            producer.put(key, new Producer(r.path("opsPerSecond").asDouble(), r.path("opsRatio").asDouble(),
                    r.path("opsRatioMin").asDouble(), r.path("opsRatioMax").asDouble(),
                    r.path("cpuMicrosPerCall").asDouble(), r.path("cpuRatio").asDouble(),
                    bytes.getOrDefault(key, Double.NaN)));
        }
        md.append("### Producer: throughput\n\n");
        md.append("Each variant alone for ").append(t.path("sliceMs").asInt()).append(" ms at a time, taking turns;")
                .append(" median of ").append(t.path("rounds").asInt()).append(" rounds after ")
                .append(t.path("warmupRounds").asInt()).append(" warm-up rounds. Ratios: median of the per-round ratios"
                        + " (range in brackets). CPU: the calling threads' CPU time per call.\n\n");
        md.append("| call | threads | baseline ops/s | baseline in a Camel route ops/s | camel-http ops/s |"
                + " sinch-prov ops/s | **sinch-prov / baseline** (target ≥ 0.95) | camel-http / baseline |"
                + " CPU µs/call: baseline / Camel route / camel-http / sinch-prov | sinch-prov / baseline CPU |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String call : CALLS) {
            for (int threads : new int[] {1, 16}) {
                Producer b = producer.get(call + "_1_baseline@" + threads);
                Producer r = producer.get(call + "_1b_baselineInCamelRoute@" + threads);
                Producer h = producer.get(call + "_2_camelHttp@" + threads);
                Producer s = producer.get(call + "_3_sinchProv@" + threads);
                if (b == null || r == null || h == null || s == null) {
                    continue;
                }
                md.append("| ").append(CALL_NAMES.get(call)).append(" | ").append(threads)
                        .append(" | ").append(fmt("%,.0f", b.ops())).append(" | ").append(fmt("%,.0f", r.ops()))
                        .append(" | ").append(fmt("%,.0f", h.ops())).append(" | ").append(fmt("%,.0f", s.ops()))
                        .append(" | **").append(ratio(s.opsRatio())).append("** (").append(ratio(s.opsRatioMin()))
                        .append("–").append(ratio(s.opsRatioMax())).append(") ").append(verdict(s.opsRatio() >= 0.95))
                        .append(" | ").append(ratio(h.opsRatio()))
                        .append(" | ").append(fmt("%,.1f", b.cpuMicros())).append(" / ")
                        .append(fmt("%,.1f", r.cpuMicros()))
                        .append(" / ").append(fmt("%,.1f", h.cpuMicros())).append(" / ")
                        .append(fmt("%,.1f", s.cpuMicros()))
                        .append(" | ").append(ratio(s.cpuRatio())).append(" |\n");
            }
        }
        md.append("\n### Producer: allocation per call (JMH `-prof gc`, gc.alloc.rate.norm)\n\n");
        md.append("| call | threads | baseline B/op | camel-http B/op | sinch-prov B/op | **sinch-prov / baseline**"
                + " (target ≤ 1.5) | camel-http / baseline |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String call : CALLS) {
            for (int threads : new int[] {1, 16}) {
                Double b = bytes.get(call + "_1_baseline@" + threads);
                Double h = bytes.get(call + "_2_camelHttp@" + threads);
                Double s = bytes.get(call + "_3_sinchProv@" + threads);
                if (b == null || h == null || s == null) {
                    continue;
                }
                md.append("| ").append(CALL_NAMES.get(call)).append(" | ").append(threads)
                        .append(" | ").append(bytes(b)).append(" | ").append(bytes(h)).append(" | ").append(bytes(s))
                        .append(" | **").append(ratio(s / b)).append("** ").append(verdict(s / b <= 1.5))
                        .append(" | ").append(ratio(h / b)).append(" |\n");
            }
        }
        md.append("\n");
    }

    private static String method(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String bytes(double b) {
        return fmt("%,.0f", b);
    }

    // ---- steps --------------------------------------------------------------------------------------------------

    private static final Map<String, String> STEP_NAMES = new LinkedHashMap<>();

    static {
        STEP_NAMES.put("requestTarget",
                "request path and query (`RequestUrls.pathAndQuery`; the host is fixed per client) — per call");
        STEP_NAMES.put("requestUrl_baseline",
                "for comparison: a URL string built and parsed (`URI.create`), as hand-written code does per id");
        STEP_NAMES.put("apiRequest", "`ApiRequest` builder + immutable copies — per call");
        STEP_NAMES.put("apiResponse", "response headers kept as name/value pairs — per call");
        STEP_NAMES.put("postBody", "POST body: model → bytes (both)");
        STEP_NAMES.put("listPage", "list page of 100: bytes → model (both)");
        STEP_NAMES.put("listPage_viaTree", "list page of 100: bytes → tree → model (the producer before this round)");
        STEP_NAMES.put("parsePage", "consumer: parse one page of 100 templates into a tree");
        STEP_NAMES.put("acceptUnchanged", "consumer: all work for one unchanged resource (`ScopeScan.accept`)");
        STEP_NAMES.put("idAndSnapshot", "consumer: id + snapshot (4 dotted-path lookups, pointers compiled once)");
        STEP_NAMES.put("unchanged", "consumer: `ChangeDetector.unchanged` (stored text vs the snapshot's, no decode)");
        STEP_NAMES.put("decode", "consumer: one `Fingerprint.decode` (only for resources that are not unchanged)");
        STEP_NAMES.put("detect", "consumer: `ChangeDetector.detect` (decodes)");
    }

    private void steps() throws IOException {
        Path file = dir.resolve("steps.json");
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Jmh> steps = new LinkedHashMap<>();
        for (JsonNode r : BaselineClient.MAPPER.readTree(file.toFile())) {
            String name = r.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            steps.put(name, new Jmh(r.path("primaryMetric").path("score").asDouble(),
                    r.path("primaryMetric").path("scoreError").asDouble(Double.NaN),
                    r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
        }
        md.append("### Where the extra cost goes (single steps, one thread, no I/O)\n\n");
        md.append("| step | ns/op | B/op |\n|---|---:|---:|\n");
        STEP_NAMES.forEach((key, label) -> {
            Jmh j = steps.get(key);
            if (j != null) {
                md.append("| ").append(label).append(" | ").append(fmt("%,.0f", j.ops())).append(" | ")
                        .append(fmt("%,.0f", j.bytes())).append(" |\n");
            }
        });
        md.append("\n");
    }

    // ---- tokens -------------------------------------------------------------------------------------------------

    private void tokens() throws IOException {
        Path file = dir.resolve("tokens.json");
        if (!Files.exists(file)) {
            return;
        }
        JsonNode t = BaselineClient.MAPPER.readTree(file.toFile());
        md.append("### Tokens: ").append(fmt("%,d", t.path("calls").asInt())).append(" calls at concurrency ")
                .append(t.path("threads").asInt()).append("\n\n");
        md.append("| variant | distinct URIs | token requests (target: 1) | token requests per call | failed calls |"
                + "\n|---|---:|---:|---:|---:|\n");
        for (JsonNode v : t.path("variants")) {
            long tokens = v.path("tokenRequests").asLong();
            md.append("| ").append(v.path("variant").asText()).append(" | ").append(v.path("distinctUris").asInt())
                    .append(" | ").append(fmt("%,d", tokens));
            if (v.path("variant").asText().equals("sinch-prov")) {
                md.append(" ").append(verdict(tokens == 1));
            }
            md.append(" | ").append(fmt("%.4f", (double) tokens / v.path("calls").asLong()))
                    .append(" | ").append(v.path("failures").asLong()).append(" |\n");
        }
        md.append("\n");
    }

    // ---- consumer -----------------------------------------------------------------------------------------------

    private final List<double[]> consumerRatios = new ArrayList<>(); // resources, cpu ratio, wall ratio, bytes/res

    private void consumer() throws IOException {
        Path file = dir.resolve("consumer.json");
        if (!Files.exists(file)) {
            return;
        }
        JsonNode c = BaselineClient.MAPPER.readTree(file.toFile());
        md.append("### Consumer: one poll cycle (no changes) vs fetching and parsing the same pages\n\n");
        md.append("Median of ").append(c.path("measuredCycles").asInt()).append(" cycles after ")
                .append(c.path("warmupCycles").asInt()).append(" warm-up cycles (100,000: 3 after 1); page size ")
                .append(c.path("pageSize").asInt()).append("; CPU time and allocation of the polling thread only.\n\n");
        md.append(
                "| resources | requests (poll / fetch) | poll CPU ms | fetch+parse CPU ms | **CPU ratio** (target ≤ 1.5) |"
                        + " poll wall ms | fetch+parse wall ms | wall ratio | poll alloc MB | fetch+parse alloc MB |"
                        + " fetch+parse into models CPU ms | state bytes / resource (target < 200) | fingerprint chars |"
                        + " first poll (baseline) CPU ms |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode r : c.path("sizes")) {
            JsonNode poll = r.path("poll");
            JsonNode tree = r.path("fetchParseTree");
            JsonNode model = r.path("fetchParseModel");
            double cpu = poll.path("cpuMs").asDouble() / tree.path("cpuMs").asDouble();
            double wall = poll.path("wallMs").asDouble() / tree.path("wallMs").asDouble();
            double perResource = r.path("stateBytesPerResource").asDouble();
            consumerRatios.add(new double[] {r.path("resources").asDouble(), cpu, wall, perResource});
            md.append("| ").append(fmt("%,d", r.path("resources").asInt()))
                    .append(" | ").append(r.path("requestsPerCycle").asInt()).append(" / ")
                    .append(r.path("fetchRequestsPerCycle").asInt())
                    .append(" | ").append(fmt("%,.1f", poll.path("cpuMs").asDouble()))
                    .append(" | ").append(fmt("%,.1f", tree.path("cpuMs").asDouble()))
                    .append(" | **").append(ratio(cpu)).append("** ").append(verdict(cpu <= 1.5))
                    .append(" | ").append(fmt("%,.1f", poll.path("wallMs").asDouble()))
                    .append(" | ").append(fmt("%,.1f", tree.path("wallMs").asDouble()))
                    .append(" | ").append(ratio(wall))
                    .append(" | ").append(fmt("%,.1f", poll.path("allocMB").asDouble()))
                    .append(" | ").append(fmt("%,.1f", tree.path("allocMB").asDouble()))
                    .append(" | ").append(model.path("cpuMs").asDouble() == 0 ? "—"
                            : fmt("%,.1f", model.path("cpuMs").asDouble()))
                    .append(" | **").append(fmt("%.0f", perResource)).append("** ").append(verdict(perResource < 200))
                    .append(" | ").append(fmt("%.0f", r.path("fingerprintChars").asDouble()))
                    .append(" | ").append(fmt("%,.1f", r.path("firstPollCpuMs").asDouble())).append(" |\n");
        }
        md.append("\n");
    }

    // ---- start-up -----------------------------------------------------------------------------------------------

    private void startup() throws IOException {
        Path file = dir.resolve("startup.json");
        if (!Files.exists(file)) {
            return;
        }
        JsonNode t = BaselineClient.MAPPER.readTree(file.toFile());
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        t.path("variants").forEach(v -> rows.put(v.path("variant").asText(), v));
        JsonNode only = rows.get("camel-only");
        JsonNode http = rows.get("camel-http");
        JsonNode sinch = rows.get("sinch-prov");
        md.append("### Start-up: CamelContext with one route and endpoint per operation (")
                .append(t.path("operations").asInt()).append(")\n\n");
        md.append("Median of ").append(t.path("coldRounds").asInt()).append(" cold starts (a fresh JVM each) and ")
                .append(t.path("warmRounds").asInt()).append(" warm starts (after 5 in the same JVM), variants"
                        + " interleaved. CPU is the whole process's CPU time during the start.\n\n");
        md.append("| 85 routes to | cold start wall ms (target < 1,000) | cold start CPU ms | warm start wall ms |"
                + " warm start CPU ms |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, JsonNode> e : rows.entrySet()) {
            JsonNode v = e.getValue();
            String name = switch (e.getKey()) {
                case "camel-only" -> "`direct:` (Camel alone)";
                case "camel-http" -> "`http:` (camel-http)";
                default -> "`sinch-prov:`";
            };
            boolean component = e.getKey().equals("sinch-prov");
            md.append("| ").append(name).append(" | ").append(component ? "**" : "")
                    .append(fmt("%,.0f", v.path("coldWallMs").asDouble())).append(component ? "** " : "")
                    .append(component ? verdict(v.path("coldWallMs").asDouble() < 1000) : "")
                    .append(" | ").append(fmt("%,.0f", v.path("coldCpuMs").asDouble()))
                    .append(" | ").append(fmt("%,.1f", v.path("warmWallMs").asDouble()))
                    .append(" | ").append(fmt("%,.1f", v.path("warmCpuMs").asDouble())).append(" |\n");
        }
        if (only != null && http != null && sinch != null) {
            md.append("| ratio sinch-prov / camel-http | ")
                    .append(ratio(sinch.path("coldWallMs").asDouble() / http.path("coldWallMs").asDouble()))
                    .append(" | ").append(ratio(sinch.path("coldCpuMs").asDouble() / http.path("coldCpuMs").asDouble()))
                    .append(" | ")
                    .append(ratio(sinch.path("warmWallMs").asDouble() / http.path("warmWallMs").asDouble()))
                    .append(" | ").append(ratio(sinch.path("warmCpuMs").asDouble() / http.path("warmCpuMs").asDouble()))
                    .append(" |\n");
            md.append("| sinch-prov minus Camel alone | ")
                    .append(fmt("%,.0f", sinch.path("coldWallMs").asDouble() - only.path("coldWallMs").asDouble()))
                    .append(" | ")
                    .append(fmt("%,.0f", sinch.path("coldCpuMs").asDouble() - only.path("coldCpuMs").asDouble()))
                    .append(" | ")
                    .append(fmt("%,.1f", sinch.path("warmWallMs").asDouble() - only.path("warmWallMs").asDouble()))
                    .append(" | ")
                    .append(fmt("%,.1f", sinch.path("warmCpuMs").asDouble() - only.path("warmCpuMs").asDouble()))
                    .append(" |\n");
        }
        md.append("\n");
    }

    // ---- chart --------------------------------------------------------------------------------------------------

    private String svg() {
        int width = 960;
        int panelHeight = 300;
        List<String> panels = new ArrayList<>();
        int y = 40;
        StringBuilder body = new StringBuilder();
        if (!producer.isEmpty()) {
            body.append(barPanel(y, width, panelHeight, "Producer throughput / hand-written baseline (higher is better;"
                    + " target ≥ 0.95, dashed)", 0.95, true, (v, b) -> producer.get(v).opsRatio()));
            y += panelHeight + 30;
            body.append(barPanel(y, width, panelHeight, "Producer allocation per call / hand-written baseline (lower is"
                    + " better; target ≤ 1.5, dashed)", 1.5, false,
                    (v, b) -> producer.get(v).bytes() / producer.get(b).bytes()));
            y += panelHeight + 30;
            panels.add("producer");
        }
        if (!consumerRatios.isEmpty()) {
            body.append(consumerPanel(y, width, 260));
            y += 260 + 30;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(y).append("\" viewBox=\"0 0 ").append(width).append(' ').append(y)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(width / 2, 24, "camel-sinch-provisioning benchmarks: ratios measured in the same run against"
                + " the same loopback simulator", "middle", 15, "bold"));
        svg.append(body);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A variant's figure relative to the baseline's. */
    private interface Metric {
        double of(String variant, String baseline);
    }

    private String barPanel(int top, int width, int height, String title, double target, boolean higherIsBetter,
                            Metric metric) {
        StringBuilder s = new StringBuilder();
        int left = 70;
        int right = width - 20;
        int plotTop = top + 30;
        int plotBottom = top + height - 40;
        List<String> groups = new ArrayList<>();
        List<double[]> values = new ArrayList<>(); // camel-http, sinch-prov
        for (String call : CALLS) {
            for (int t : new int[] {1, 16}) {
                String b = call + "_1_baseline@" + t;
                if (!producer.containsKey(b)) {
                    continue;
                }
                groups.add(call + ", " + t + " thread" + (t == 1 ? "" : "s"));
                values.add(new double[] {metric.of(call + "_2_camelHttp@" + t, b),
                    metric.of(call + "_3_sinchProv@" + t, b)});
            }
        }
        double max = Math.max(target * 1.2, values.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1));
        max = Math.ceil(max * 4) / 4;
        s.append(text(left, top + 14, title, "start", 13, "bold"));
        // axis and grid
        for (double g = 0; g <= max + 1e-9; g += max > 3 ? 1 : 0.25) {
            int gy = (int) (plotBottom - (plotBottom - plotTop) * g / max);
            s.append(line(left, gy, right, gy, "#e5e5e5", 1, null));
            s.append(text(left - 6, gy + 4, fmt("%.2f", g), "end", 11, null));
        }
        int baselineY = (int) (plotBottom - (plotBottom - plotTop) * 1.0 / max);
        s.append(line(left, baselineY, right, baselineY, "#555", 1, null));
        int targetY = (int) (plotBottom - (plotBottom - plotTop) * target / max);
        s.append(line(left, targetY, right, targetY, "#c0392b", 1.5, "6,4"));
        int groupWidth = (right - left) / Math.max(groups.size(), 1);
        int bar = Math.min(40, groupWidth / 3);
        String[] colors = {"#7f8c8d", "#2874a6"};
        for (int i = 0; i < groups.size(); i++) {
            int gx = left + i * groupWidth + (groupWidth - 2 * bar - 6) / 2;
            for (int k = 0; k < 2; k++) {
                double v = values.get(i)[k];
                int h = (int) ((plotBottom - plotTop) * Math.min(v, max) / max);
                int x = gx + k * (bar + 6);
                s.append("<rect x=\"").append(x).append("\" y=\"").append(plotBottom - h).append("\" width=\"")
                        .append(bar).append("\" height=\"").append(h).append("\" fill=\"").append(colors[k])
                        .append("\"/>\n");
                s.append(text(x + bar / 2, plotBottom - h - 4, fmt("%.2f", v), "middle", 11, k == 1 ? "bold" : null));
            }
            s.append(text(left + i * groupWidth + groupWidth / 2, plotBottom + 16, groups.get(i), "middle", 11, null));
        }
        s.append(legend(left, plotBottom + 32, new String[] {"camel-http + camel-jackson", "sinch-prov"}, colors));
        return s.toString();
    }

    private String consumerPanel(int top, int width, int height) {
        StringBuilder s = new StringBuilder();
        int left = 70;
        int right = width - 20;
        int plotTop = top + 30;
        int plotBottom = top + height - 40;
        s.append(text(left, top + 14, "Consumer poll cycle / fetch + parse of the same pages (lower is better;"
                + " target ≤ 1.5, dashed)", "start", 13, "bold"));
        double max = Math.max(2.0, consumerRatios.stream().mapToDouble(r -> Math.max(r[1], r[2])).max().orElse(1));
        max = Math.ceil(max * 2) / 2;
        for (double g = 0; g <= max + 1e-9; g += 0.5) {
            int gy = (int) (plotBottom - (plotBottom - plotTop) * g / max);
            s.append(line(left, gy, right, gy, "#e5e5e5", 1, null));
            s.append(text(left - 6, gy + 4, fmt("%.1f", g), "end", 11, null));
        }
        int targetY = (int) (plotBottom - (plotBottom - plotTop) * 1.5 / max);
        s.append(line(left, targetY, right, targetY, "#c0392b", 1.5, "6,4"));
        String[] colors = {"#2874a6", "#aab7b8"};
        int groupWidth = (right - left) / consumerRatios.size();
        int bar = Math.min(50, groupWidth / 3);
        for (int i = 0; i < consumerRatios.size(); i++) {
            double[] r = consumerRatios.get(i);
            int gx = left + i * groupWidth + (groupWidth - 2 * bar - 6) / 2;
            for (int k = 0; k < 2; k++) {
                double v = r[1 + k];
                int h = (int) ((plotBottom - plotTop) * Math.min(v, max) / max);
                int x = gx + k * (bar + 6);
                s.append("<rect x=\"").append(x).append("\" y=\"").append(plotBottom - h).append("\" width=\"")
                        .append(bar).append("\" height=\"").append(h).append("\" fill=\"").append(colors[k])
                        .append("\"/>\n");
                s.append(text(x + bar / 2, plotBottom - h - 4, fmt("%.2f", v), "middle", 11, k == 0 ? "bold" : null));
            }
            s.append(text(left + i * groupWidth + groupWidth / 2, plotBottom + 16,
                    fmt("%,.0f resources, %.0f B/resource", r[0], r[3]), "middle", 11, null));
        }
        s.append(legend(left, plotBottom + 32, new String[] {"CPU time of the polling thread", "wall time"}, colors));
        return s.toString();
    }

    private static String legend(int x, int y, String[] names, String[] colors) {
        StringBuilder s = new StringBuilder();
        int cx = x;
        for (int i = 0; i < names.length; i++) {
            s.append("<rect x=\"").append(cx).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\""
                    + " fill=\"").append(colors[i]).append("\"/>\n");
            s.append(text(cx + 18, y, names[i], "start", 11, null));
            cx += 30 + names[i].length() * 7;
        }
        return s.toString();
    }

    private static String line(int x1, int y1, int x2, int y2, String color, double w, String dash) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + color
                + "\" stroke-width=\"" + w + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
    }

    private static String text(int x, int y, String value, String anchor, int size, String weight) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\""
                + (weight == null ? "" : " font-weight=\"" + weight + "\"") + ">" + escape(value) + "</text>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String ratio(double r) {
        return fmt("%.2f", r);
    }

    private static String verdict(boolean met) {
        return met ? "✅" : "❌";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
