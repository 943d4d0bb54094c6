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

import io.github.camelsinch.provisioning.simulator.RecordedRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last N requests (API and token endpoint), with credentials redacted, for tests that assert what a client
 * sent. Bounded so a long benchmark cannot exhaust memory.
 */
public final class RequestLog {

    private final int capacity;
    private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    public void record(Instant at, ServerRequest request, int status) {
        if (capacity <= 0) {
            return;
        }
        entries.addLast(new RecordedRequest(at, request.method(), request.path(),
                request.rawQuery() == null ? "" : request.rawQuery(), redact(request.headers()),
                redactBody(request), status));
        if (size.incrementAndGet() > capacity && entries.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    private static Map<String, String> redact(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.computeIfPresent("authorization", (k, v) -> {
            int space = v.indexOf(' ');
            return (space > 0 ? v.substring(0, space) : "") + " ***";
        });
        return Map.copyOf(copy);
    }

    private static String redactBody(ServerRequest request) {
        String body = request.bodyText();
        return body.contains("client_secret=") ? body.replaceAll("client_secret=[^&]*", "client_secret=***") : body;
    }

    public List<RecordedRequest> entries() {
        return new ArrayList<>(entries);
    }

    public void clear() {
        entries.clear();
        size.set(0);
    }
}
