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
package io.github.camelsinch.provisioning.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.benchmarks.BaselineClient;
import io.github.camelsinch.provisioning.benchmarks.BenchServer;
import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
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

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the producer's extra cost per call goes: the steps {@code sinch-prov} takes that the hand-written baseline
 * does not (or does more cheaply), each alone, single-threaded, no I/O. In this package because most steps are
 * package-private; the {@code *_baseline} methods are what the hand-written client does instead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CallStepsBenchmark {

    private static final ObjectMapper MAPPER = ModelJson.mapper();

    private ClientSettings settings;
    private ApiRequest senderRequest;
    private Map<String, List<String>> headers;
    private byte[] senderBody;
    private byte[] pageBody;
    private WhatsappInputTemplateCompareDto compareBody;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BenchServer server = BenchServer.get();
        settings = ClientSettings.builder().baseUrl(server.baseUrl()).authUrl(server.tokenUrl())
                .keyId(server.keyId()).keySecret(server.keySecret()).build();
        senderRequest = senderRequest(server.senderId());
        try (BaselineClient client = new BaselineClient(server)) {
            senderBody = MAPPER.writeValueAsBytes(client.getSender());
            pageBody = MAPPER.writeValueAsBytes(client.listTemplates());
        }
        // The headers a simulator response carries.
        headers = new LinkedHashMap<>();
        headers.put("Date", List.of("Thu, 26 Nov 2026 17:00:00 GMT"));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Content-Length", List.of(String.valueOf(senderBody.length)));
        headers.put("Server", List.of("Jetty(12.1.13)"));
        compareBody = BaselineClient.compareRequest();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchServer.release();
    }

    private static ApiRequest senderRequest(String senderId) {
        return ApiRequest.builder("senderscontroller_getsender_v1", "GET",
                "/v1/projects/{projectId}/whatsapp/senders/{senderId}")
                .pathParameter("projectId", BenchServer.PROJECT).pathParameter("senderId", senderId).build();
    }

    /** Per call: the encoded path and query of the request (the host is fixed per client: no URI parse). */
    @Benchmark
    public String requestTarget() {
        return RequestUrls.pathAndQuery(senderRequest);
    }

    /** What the baseline does instead when its URL is not a constant: build the string and parse it. */
    @Benchmark
    public java.net.URI requestUrl_baseline() {
        return java.net.URI.create(settings.baseUrl() + "/v1/projects/" + BenchServer.PROJECT + "/whatsapp/senders/"
                + senderRequest.pathParameters().get("senderId"));
    }

    /** Per call: the request description (builder, then the record's immutable copies). */
    @Benchmark
    public ApiRequest apiRequest() {
        return senderRequest(BenchServer.PROJECT);
    }

    /** Per call: the response's headers kept as name/value pairs (the map is built only if asked for). */
    @Benchmark
    public ApiResponse apiResponse() {
        String[] pairs = new String[headers.size() * 2];
        int i = 0;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue().get(0);
        }
        return ApiResponse.ofHeaderPairs(200, pairs, senderBody);
    }

    /** A list page as the baseline and, since the page is read straight into its model, the producer read it. */
    @Benchmark
    public WhatsappTemplateListDto listPage() throws IOException {
        return ModelJson.reader(WhatsappTemplateListDto.class).readValue(pageBody);
    }

    /** For comparison: the same page read as a tree first and then bound (what the producer did before). */
    @Benchmark
    public WhatsappTemplateListDto listPage_viaTree() throws IOException {
        JsonNode tree = MAPPER.readTree(pageBody);
        return MAPPER.treeToValue(tree, WhatsappTemplateListDto.class);
    }

    /** A POST body as both write it: the model straight to bytes. */
    @Benchmark
    public byte[] postBody() throws IOException {
        return MAPPER.writeValueAsBytes(compareBody);
    }
}
