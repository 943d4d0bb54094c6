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
import java.util.ArrayList;
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
    private JsonNode pageTree;
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
        pageTree = MAPPER.readTree(pageBody);
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

    /** Per call: the token cache key, a SHA-256 over URL, key id and secret, hex-encoded. */
    @Benchmark
    public TokenKey tokenKey() {
        return TokenKey.of(settings);
    }

    /** Per call, twice (SinchApiClient.execute and the producer's sanitizedUri): the URL of the request. */
    @Benchmark
    public java.net.URI requestUrl() {
        return RequestUrls.build(settings.baseUrl(), senderRequest);
    }

    /** Per call: the request description (builder, then the record's defensive copies). */
    @Benchmark
    public ApiRequest apiRequest() {
        return senderRequest(BenchServer.PROJECT);
    }

    /** Per call: the response headers, read into lists and copied into a case-insensitive TreeMap. */
    @Benchmark
    public ApiResponse apiResponse() {
        Map<String, List<String>> read = new LinkedHashMap<>();
        headers.forEach((name, values) -> read.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        return new ApiResponse(200, read, senderBody);
    }

    /** A list page as the baseline reads it: straight into the model. */
    @Benchmark
    public WhatsappTemplateListDto listPage_baseline() throws IOException {
        return MAPPER.readValue(pageBody, WhatsappTemplateListDto.class);
    }

    /** A list page as the producer reads it: a JsonNode tree first (for the paging headers), then the model. */
    @Benchmark
    public WhatsappTemplateListDto listPage_sinchProv() throws IOException {
        JsonNode tree = MAPPER.readTree(pageBody);
        return MAPPER.treeToValue(tree, WhatsappTemplateListDto.class);
    }

    /** Only the tree-to-model half of the producer's list read. */
    @Benchmark
    public WhatsappTemplateListDto listPage_treeToValueOnly() throws IOException {
        return MAPPER.treeToValue(pageTree, WhatsappTemplateListDto.class);
    }

    /** A POST body as the baseline writes it. */
    @Benchmark
    public byte[] postBody_baseline() throws IOException {
        return BaselineClient.MAPPER.writeValueAsBytes(compareBody);
    }

    /** A POST body as the producer writes it: model to tree (to check required fields), tree to bytes. */
    @Benchmark
    public byte[] postBody_sinchProv() throws IOException {
        JsonNode tree = MAPPER.valueToTree(compareBody);
        return MAPPER.writeValueAsBytes(tree);
    }
}
