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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loopback HTTP stub for tests (JDK HttpServer on 127.0.0.1, ephemeral port). Per (method, path prefix) it plays a
 * FIFO queue of scripted responders, then that route's {@link #always} responder, then the default responder
 * (a PAPI 404). The longest matching prefix wins; method {@code "*"} matches any. Every request is recorded.
 * Handlers run on a cached pool, so a responder may block on a latch without stalling other requests.
 */
public final class StubServer implements AutoCloseable {

    /** Produces the answer to one request; may block (e.g. on a latch) to simulate a slow server. */
    @FunctionalInterface
    public interface Responder {
        StubResponse respond(StubRequest request) throws Exception;
    }

    private record Route(String method, String pathPrefix) {
        boolean matches(StubRequest r) {
            return (method.equals("*") || method.equalsIgnoreCase(r.method())) && r.path().startsWith(pathPrefix);
        }
    }

    static {
        // Without TCP_NODELAY the JDK server's separate header/body writes meet the client's delayed ACK: ~40 ms
        // per request. Read once when the JDK server config class loads, so set it before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-server");
        t.setDaemon(true);
        return t;
    });
    private final List<StubRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<Route, Deque<Responder>> scripted = new LinkedHashMap<>(); // guarded by this
    private final Map<Route, Responder> always = new LinkedHashMap<>(); // guarded by this
    private volatile Responder defaultResponder =
            r -> StubResponse.papiError(404, "not_found", "No stub for " + r.method() + " " + r.path(), "Script it");

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StubServer start() {
        try {
            return new StubServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Queues responders for a route, played once each in order. */
    public synchronized StubServer enqueue(String method, String pathPrefix, Responder... responders) {
        Deque<Responder> queue = scripted.computeIfAbsent(new Route(method, pathPrefix), k -> new ArrayDeque<>());
        queue.addAll(List.of(responders));
        return this;
    }

    /** The responder for a route once its queue is empty. */
    public synchronized StubServer always(String method, String pathPrefix, Responder responder) {
        always.put(new Route(method, pathPrefix), responder);
        return this;
    }

    /** The responder for requests no route matches. */
    public StubServer defaultResponder(Responder responder) {
        defaultResponder = responder;
        return this;
    }

    public List<StubRequest> requests() {
        return List.copyOf(requests);
    }

    /** Recorded requests of one route ({@code "*"} for any method). */
    public List<StubRequest> requests(String method, String pathPrefix) {
        Route route = new Route(method, pathPrefix);
        return requests.stream().filter(route::matches).toList();
    }

    public int count(String method, String pathPrefix) {
        return requests(method, pathPrefix).size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private synchronized Responder pick(StubRequest request) {
        Comparator<Route> longestPrefix = Comparator.comparingInt(r -> r.pathPrefix().length());
        Optional<Deque<Responder>> queue = scripted.entrySet().stream()
                .filter(e -> e.getKey().matches(request) && !e.getValue().isEmpty())
                .max(Map.Entry.comparingByKey(longestPrefix)).map(Map.Entry::getValue);
        if (queue.isPresent()) {
            return queue.get().poll();
        }
        return always.entrySet().stream().filter(e -> e.getKey().matches(request))
                .max(Map.Entry.comparingByKey(longestPrefix)).map(Map.Entry::getValue).orElse(defaultResponder);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            StubRequest request = record(exchange);
            requests.add(request);
            StubResponse response;
            try {
                response = pick(request).respond(request);
            } catch (Exception e) {
                response = StubResponse.text(500, "text/plain", "stub responder failed: " + e);
            }
            send(exchange, response);
        }
    }

    private static StubRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new StubRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    private static void send(HttpExchange exchange, StubResponse response) throws IOException {
        response.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "StubServer[" + baseUrl() + ", " + requests.size() + " requests]";
    }

    /** Convenience for assertions: the bodies of recorded requests as UTF-8 text. */
    public List<String> bodies(String method, String pathPrefix) {
        List<String> out = new ArrayList<>();
        requests(method, pathPrefix).forEach(r -> out.add(new String(r.body(), StandardCharsets.UTF_8)));
        return out;
    }
}
