package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The route of the tests: records every delivered change, and fails the next delivery for chosen resources. */
final class EventLog {

    /** One delivery as the route saw it. */
    record Event(String resourceId, String type, String previous, String next, Map<?, ?> previousStatuses,
                 Map<?, ?> newStatuses, List<?> changedFields, String dedupKey, Object body,
                 Map<String, Object> headers) {

        @Override
        public String toString() {
            return type + " " + resourceId + " " + previous + "->" + next + " " + changedFields + " " + dedupKey;
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final Set<String> failAlways = ConcurrentHashMap.newKeySet();

    void record(Exchange exchange) {
        Message m = exchange.getMessage();
        Event event = new Event(m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class),
                m.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class),
                m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class),
                m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class),
                m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUSES, Map.class),
                m.getHeader(SinchProvisioningConstants.NEW_STATUSES, Map.class),
                m.getHeader(SinchProvisioningConstants.CHANGED_FIELDS, List.class),
                m.getHeader(SinchProvisioningConstants.DEDUP_KEY, String.class), m.getBody(),
                new HashMap<>(m.getHeaders()));
        events.add(event);
        if (failOnce.remove(event.resourceId()) || failAlways.contains(event.resourceId())) {
            throw new IllegalStateException("the route failed on " + event.resourceId());
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

    List<Event> all() {
        return List.copyOf(events);
    }

    /** The deliveries since the last call. */
    synchronized List<Event> drain() {
        List<Event> copy = new ArrayList<>(events);
        events.clear();
        return copy;
    }

    int size() {
        return events.size();
    }
}
