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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The changes a test route delivered to its {@code mock:} endpoint, read as {@link Event}s; and the failures the test
 * asks for, thrown by that mock endpoint so that the route fails as an application's would.
 */
final class EventLog {

    /** One delivery as the route saw it. */
    record Event(String resourceId, String type, String previous, String next, Map<?, ?> previousStatuses,
                 Map<?, ?> newStatuses, List<?> changedFields, String dedupKey, Object body,
                 Map<String, Object> headers) {

        static Event of(Exchange exchange) {
            Message m = exchange.getMessage();
            return new Event(m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class),
                    m.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class),
                    m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class),
                    m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class),
                    m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, Map.class),
                    m.getHeader(SinchProvisioningConstants.NEW_STATUSES, Map.class),
                    m.getHeader(SinchProvisioningConstants.CHANGED_FIELDS, List.class),
                    m.getHeader(SinchProvisioningConstants.DEDUP_KEY, String.class), m.getBody(),
                    new HashMap<>(m.getHeaders()));
        }

        @Override
        public String toString() {
            return type + " " + resourceId + " " + previous + "->" + next + " " + changedFields + " " + dedupKey;
        }
    }

    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final Set<String> failAlways = ConcurrentHashMap.newKeySet();
    private volatile MockEndpoint mock;
    private int drained;

    /** Reads what this endpoint receives, and fails there the deliveries the test chose; call before the route runs. */
    MockEndpoint attach(MockEndpoint endpoint) {
        endpoint.whenAnyExchangeReceived(this::failIfChosen);
        mock = endpoint;
        return endpoint;
    }

    private void failIfChosen(Exchange exchange) {
        String resourceId = exchange.getMessage().getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class);
        if (failOnce.remove(resourceId) || failAlways.contains(resourceId)) {
            throw new IllegalStateException("the route failed on " + resourceId);
        }
    }

    /** The next delivery of this resource throws in the route. */
    void failOnceFor(String resourceId) {
        failOnce.add(resourceId);
    }

    /** Every delivery of this resource throws in the route (a member that keeps failing until it is stopped). */
    void failAlwaysFor(String resourceId) {
        failAlways.add(resourceId);
    }

    /** The mock endpoint at the end of the route, for expectations. */
    MockEndpoint mock() {
        MockEndpoint endpoint = mock;
        if (endpoint == null) {
            throw new IllegalStateException("no route delivers to this log: attach it to the route's mock endpoint");
        }
        return endpoint;
    }

    /** The deliveries since the last {@link #drain()}. */
    synchronized List<Event> all() {
        List<Exchange> received = List.copyOf(mock().getReceivedExchanges());
        return received.subList(drained, received.size()).stream().map(Event::of).toList();
    }

    /** The deliveries since the last call. */
    synchronized List<Event> drain() {
        List<Event> fresh = all();
        drained += fresh.size();
        return fresh;
    }

    /** How many deliveries there were since the last {@link #drain()}. */
    synchronized int size() {
        return mock().getReceivedCounter() - drained;
    }

    @Override
    public String toString() {
        return mock == null ? "[]" : all().toString();
    }
}
