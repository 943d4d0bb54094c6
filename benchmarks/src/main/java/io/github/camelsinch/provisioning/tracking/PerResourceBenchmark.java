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
package io.github.camelsinch.provisioning.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.benchmarks.BaselineClient;
import io.github.camelsinch.provisioning.benchmarks.BenchServer;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The consumer's work per resource of a poll that finds no change ({@code ScopeScan.accept}), step by step, next to
 * what parsing the resource's share of a page costs. One WhatsApp template (a real list item of the simulator).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class PerResourceBenchmark {

    private WatchedResource resource;
    private JsonNode item;
    private String id;
    private ResourceSnapshot snapshot;
    private String fingerprint;
    private byte[] page;
    private int pageItems;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        resource = WatchedResources.find("whatsapp-templates/list").orElseThrow();
        try (BaselineClient client = new BaselineClient(BenchServer.get())) {
            page = ModelJson.mapper().writeValueAsBytes(client.getTree("/v1/projects/" + BenchServer.PROJECT
                    + "/whatsapp/templates?pageSize=" + BenchServer.PAGE_SIZE));
        }
        JsonNode tree = ModelJson.mapper().readTree(page);
        item = tree.path(resource.itemsField()).get(0);
        pageItems = tree.path(resource.itemsField()).size();
        id = resource.idOf(item);
        snapshot = resource.snapshot(id, item, List.of());
        fingerprint = Fingerprint.of(snapshot, 0).encode();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchServer.release();
    }

    /** For scale: parsing one page into a tree, divided by its items (JMH reports per page; see the report). */
    @Benchmark
    public JsonNode parsePage() throws IOException {
        return ModelJson.mapper().readTree(page);
    }

    public int pageItems() {
        return pageItems;
    }

    /** The id and the snapshot: four dotted-path lookups (name, language, state, changes.status). */
    @Benchmark
    public ResourceSnapshot idAndSnapshot() {
        return resource.snapshot(resource.idOf(item), item, List.of());
    }

    /** The check of every unchanged resource: the stored text against the snapshot's, no decoding. */
    @Benchmark
    public boolean unchanged() {
        return ChangeDetector.unchanged(fingerprint, snapshot);
    }

    /** One decode of the stored fingerprint: only resources that are not unchanged get here. */
    @Benchmark
    public Optional<Fingerprint> decode() {
        return Fingerprint.decode(fingerprint, resource.statusFields());
    }

    @Benchmark
    public Optional<StatusChange> detect() {
        return ChangeDetector.detect(fingerprint, snapshot);
    }

    /** Everything ScopeScan.accept does for one unchanged resource, minus the state map lookup itself. */
    @Benchmark
    public void acceptUnchanged(Blackhole bh) {
        String itemId = resource.idOf(item);
        ResourceSnapshot s = resource.snapshot(itemId, item, List.of());
        bh.consume("sinch-prov:0123456789ab:r:" + URLEncoder.encode(itemId, StandardCharsets.UTF_8));
        bh.consume(ChangeDetector.unchanged(fingerprint, s));
    }
}
