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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A loopback endpoint for the webhook the quickstart registers, so the simulator's callbacks land somewhere and
 * are shown. It only reads the event type: verifying Sinch's signature is the job of the component's webhook
 * receiver, not of this demo.
 */
final class CallbackReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> eventTypes = new CopyOnWriteArrayList<>();

    CallbackReceiver(Consumer<String> onEvent) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sinch/events", exchange -> receive(exchange, onEvent));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sinch/events";
    }

    List<String> eventTypes() {
        return List.copyOf(eventTypes);
    }

    private void receive(HttpExchange exchange, Consumer<String> onEvent) throws IOException {
        try (exchange) {
            JsonNode event = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String type = event.path("type").asText("?");
            eventTypes.add(type);
            onEvent.accept(type);
            exchange.sendResponseHeaders(200, -1);
        } catch (IOException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
