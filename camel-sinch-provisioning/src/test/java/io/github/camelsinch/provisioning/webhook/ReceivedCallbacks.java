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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exchanges a test route delivered to its {@code mock:} endpoint, read as {@link Received} callbacks; and the
 * failures the test asks for, thrown by that mock endpoint so that the route fails as an application's would.
 */
final class ReceivedCallbacks {

    /** One exchange as the route saw it. */
    record Received(String eventType, String api, String resourceId, String changeType, String previousStatus,
                    String newStatus, String dedupKey, Object body, Map<String, Object> headers) {

        static Received of(Exchange exchange) {
            Message m = exchange.getMessage();
            return new Received(m.getHeader(SinchProvisioningConstants.EVENT_TYPE, String.class),
                    m.getHeader(SinchProvisioningConstants.API, String.class),
                    m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class),
                    m.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class),
                    m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class),
                    m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class),
                    m.getHeader(SinchProvisioningConstants.DEDUP_KEY, String.class), m.getBody(),
                    new HashMap<>(m.getHeaders()));
        }

        @Override
        public String toString() {
            return eventType + " " + resourceId + " " + changeType + " " + previousStatus + "->" + newStatus + " "
                    + dedupKey;
        }
    }

    private final AtomicInteger failNext = new AtomicInteger();
    private volatile MockEndpoint mock;

    /** Reads what this endpoint receives, and fails there the exchanges the test chose; call before the route runs. */
    MockEndpoint attach(MockEndpoint endpoint) {
        endpoint.whenAnyExchangeReceived(this::failIfChosen);
        mock = endpoint;
        return endpoint;
    }

    private void failIfChosen(Exchange exchange) {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the route failed on "
                    + exchange.getMessage().getHeader(SinchProvisioningConstants.EVENT_TYPE));
        }
    }

    /** The next {@code times} exchanges throw in the route (after being recorded). */
    void failNext(int times) {
        failNext.set(times);
    }

    /** The mock endpoint at the end of the route, for expectations. */
    MockEndpoint mock() {
        MockEndpoint endpoint = mock;
        if (endpoint == null) {
            throw new IllegalStateException("no route delivers here: attach it to the route's mock endpoint");
        }
        return endpoint;
    }

    List<Received> all() {
        return List.copyOf(mock().getReceivedExchanges()).stream().map(Received::of).toList();
    }

    int size() {
        return mock().getReceivedCounter();
    }
}
