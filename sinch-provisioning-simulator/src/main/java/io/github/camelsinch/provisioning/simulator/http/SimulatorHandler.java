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
package io.github.camelsinch.provisioning.simulator.http;

import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.SimulatorClock;
import io.github.camelsinch.provisioning.simulator.faults.FaultInjector;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The Jetty entry point. Per request: control API calls go straight through; everything else is logged, may be
 * hit by an injected fault, and is then served by the token endpoint or, once authenticated, by the router.
 * Unexpected exceptions become 500 {@code internal_error} so a simulator bug looks like a server error to the
 * client rather than a dropped connection.
 */
public final class SimulatorHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHandler.class);
    private static final String MALFORMED_JSON = "{\"errorCode\": \"internal_error\", \"message\": ";

    /** The parts a request can be dispatched to. */
    public record Endpoints(String controlPrefix, RouteHandler control, String tokenPath, RouteHandler token,
                            Predicate<ServerRequest> authenticated, Router api) {
    }

    private final Endpoints endpoints;
    private final FaultInjector faults;
    private final RequestLog log;
    private final SimulatorClock clock;

    public SimulatorHandler(Endpoints endpoints, FaultInjector faults, RequestLog log, SimulatorClock clock) {
        this.endpoints = endpoints;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        ServerRequest apiRequest = read(request);
        if (apiRequest.path().startsWith(endpoints.controlPrefix())) {
            write(response, callback, control(apiRequest));
            return true;
        }
        Optional<Fault> fault = faults.next(apiRequest.method(), apiRequest.path());
        if (fault.isEmpty()) {
            write(response, callback, serve(apiRequest));
            return true;
        }
        Fault f = fault.get();
        Runnable apply = () -> applyFault(f, apiRequest, request, response, callback);
        if (f.delay().isZero()) {
            apply.run();
        } else {
            request.getComponents().getScheduler().schedule(
                    () -> request.getContext().execute(apply), f.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private void applyFault(Fault fault, ServerRequest apiRequest, Request request, Response response,
                            Callback callback) {
        switch (fault.type()) {
            case DELAY -> write(response, callback, serve(apiRequest));
            case DROP_CONNECTION -> {
                log.record(clock.now(), apiRequest, 0);
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(new IOException("Connection dropped by an injected fault"));
            }
            case MALFORMED_BODY -> {
                log.record(clock.now(), apiRequest, fault.status());
                write(response, callback, ServerResponse.raw(fault.status(), "application/json", MALFORMED_JSON));
            }
            case RESPOND -> {
                log.record(clock.now(), apiRequest, fault.status());
                ServerResponse answer = fault.body() != null
                        ? ServerResponse.raw(fault.status(), "application/json", fault.body())
                        : PapiErrors.of(fault.status(), errorCodeFor(fault.status()), "Injected fault.");
                for (Map.Entry<String, String> header : fault.headers().entrySet()) {
                    answer = answer.withHeader(header.getKey(), header.getValue());
                }
                write(response, callback, answer);
            }
        }
    }

    private ServerResponse control(ServerRequest request) {
        try {
            return endpoints.control().handle(request);
        } catch (ApiException e) {
            return e.response();
        }
    }

    private static String errorCodeFor(int status) {
        return switch (status) {
            case 429 -> "too_many_requests";
            case 503 -> "service_unavailable";
            case 401 -> "unauthorized_error";
            default -> status >= 500 ? "internal_error" : "injected_error";
        };
    }

    private ServerResponse serve(ServerRequest request) {
        ServerResponse response;
        try {
            if (request.path().equals(endpoints.tokenPath())) {
                response = endpoints.token().handle(request);
            } else if (request.path().startsWith("/v1/") && !endpoints.authenticated().test(request)) {
                response = PapiErrors.unauthorized().withHeader("WWW-Authenticate", "Bearer");
            } else {
                response = endpoints.api().dispatch(request);
            }
        } catch (ApiException e) {
            response = e.response();
        } catch (RuntimeException e) {
            LOG.error("Unexpected error serving {} {}", request.method(), request.path(), e);
            response = PapiErrors.of(500, "internal_error", "Internal server error.");
        }
        log.record(clock.now(), request, response.status());
        return response;
    }

    private static ServerRequest read(Request request) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readAllBytes();
        }
        return new ServerRequest(request.getMethod(), request.getHttpURI().getDecodedPath(),
                request.getHttpURI().getQuery(), headers, body);
    }

    private static void write(Response response, Callback callback, ServerResponse answer) {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
