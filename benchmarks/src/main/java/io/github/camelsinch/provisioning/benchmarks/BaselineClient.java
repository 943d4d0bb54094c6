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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareIdentifierDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateLanguagesEnum;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The baseline: what a careful developer writes by hand for the same calls into the same models. One pooled
 * HttpClient 5 (the component's pool size), one ObjectMapper with a prepared reader per type, the bearer token
 * fetched once, the response streamed into Jackson without an intermediate byte array.
 */
public final class BaselineClient implements ProducerClient {

    /** The same Jackson settings as the component's models use. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final ObjectReader SENDER = MAPPER.readerFor(WhatsappSenderDto.class);
    private static final ObjectReader TEMPLATE_PAGE = MAPPER.readerFor(WhatsappTemplateListDto.class);
    private static final ObjectReader COMPARISON = MAPPER.readerFor(WhatsappTemplateCompareDto.class);
    private static final ObjectReader TREE = MAPPER.readerFor(JsonNode.class);
    private static final ObjectWriter WRITER = MAPPER.writer();

    private final CloseableHttpClient http;
    private final String authorization;
    private final URI senderUri;
    private final URI listUri;
    private final URI compareUri;
    private final String baseUrl;

    public BaselineClient(BenchServer server) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(50)
                .setMaxConnPerRoute(20)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAuthCaching()
                .build();
        this.baseUrl = server.baseUrl();
        String project = baseUrl + "/v1/projects/" + BenchServer.PROJECT;
        this.senderUri = URI.create(project + "/whatsapp/senders/" + server.senderId());
        this.listUri = URI.create(project + "/whatsapp/templates?pageSize=" + BenchServer.PAGE_SIZE);
        this.compareUri = URI.create(project + "/whatsapp/templates/" + BenchServer.firstTemplate()
                + "/languages/EN/compare");
        this.authorization = "Bearer " + fetchToken(http, server);
    }

    /** The body of the POST benchmark: compare the first seeded template with the second. */
    public static WhatsappInputTemplateCompareDto compareRequest() {
        WhatsappInputTemplateCompareIdentifierDto other = new WhatsappInputTemplateCompareIdentifierDto();
        other.setTemplateName(BenchServer.secondTemplate());
        other.setTemplateLanguage(WhatsappTemplateLanguagesEnum.EN);
        WhatsappInputTemplateCompareDto body = new WhatsappInputTemplateCompareDto();
        body.setTemplates(List.of(other));
        return body;
    }

    /** OAuth2 client credentials, once. */
    static String fetchToken(CloseableHttpClient http, BenchServer server) {
        HttpPost post = new HttpPost(server.tokenUrl());
        post.setHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                (server.keyId() + ":" + server.keySecret()).getBytes(StandardCharsets.UTF_8)));
        post.setEntity(new StringEntity("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED));
        try {
            return http.execute(post, r -> read(r, TREE, JsonNode.class)).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String authorization() {
        return authorization;
    }

    @Override
    public WhatsappSenderDto getSender() {
        return get(senderUri, SENDER, WhatsappSenderDto.class);
    }

    @Override
    public WhatsappTemplateListDto listTemplates() {
        return get(listUri, TEMPLATE_PAGE, WhatsappTemplateListDto.class);
    }

    @Override
    public WhatsappTemplateCompareDto compareTemplates(WhatsappInputTemplateCompareDto body) {
        HttpPost post = new HttpPost(compareUri);
        post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        try {
            post.setEntity(new ByteArrayEntity(WRITER.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
            return http.execute(post, r -> read(r, COMPARISON, WhatsappTemplateCompareDto.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any GET below the base URL, parsed into a tree (the consumer benchmark's fetch-and-parse baseline). */
    public JsonNode getTree(String pathAndQuery) {
        return get(URI.create(baseUrl + pathAndQuery), TREE, JsonNode.class);
    }

    /** Any GET below the base URL, parsed into a model. */
    public <T> T getModel(String pathAndQuery, Class<T> type) {
        return get(URI.create(baseUrl + pathAndQuery), MAPPER.readerFor(type), type);
    }

    private <T> T get(URI uri, ObjectReader reader, Class<T> type) {
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        try {
            return http.execute(get, r -> read(r, reader, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(ClassicHttpResponse response, ObjectReader reader, Class<T> type) throws IOException {
        if (response.getCode() / 100 != 2) {
            EntityUtils.consume(response.getEntity());
            throw new IOException("HTTP " + response.getCode() + " " + response.getReasonPhrase());
        }
        try (InputStream in = response.getEntity().getContent()) {
            return type.cast(reader.readValue(in));
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
