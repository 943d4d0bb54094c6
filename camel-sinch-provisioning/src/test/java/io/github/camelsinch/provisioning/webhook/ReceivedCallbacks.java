package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The route of the tests: records every exchange it gets, and can be told to fail the next ones. */
final class ReceivedCallbacks {

    /** One exchange as the route saw it. */
    record Received(String eventType, String api, String resourceId, String changeType, String previousStatus,
                    String newStatus, String dedupKey, Object body, Map<String, Object> headers) {

        @Override
        public String toString() {
            return eventType + " " + resourceId + " " + changeType + " " + previousStatus + "->" + newStatus + " "
                   + dedupKey;
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();

    void record(Exchange exchange) {
        Message m = exchange.getMessage();
        received.add(new Received(m.getHeader(SinchProvisioningConstants.EVENT_TYPE, String.class),
                m.getHeader(SinchProvisioningConstants.API, String.class),
                m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class),
                m.getHeader(SinchProvisioningConstants.CHANGE_TYPE, String.class),
                m.getHeader(SinchProvisioningConstants.PREVIOUS_STATUS, String.class),
                m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class),
                m.getHeader(SinchProvisioningConstants.DEDUP_KEY, String.class), m.getBody(),
                new HashMap<>(m.getHeaders())));
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the route failed on " + m.getHeader(SinchProvisioningConstants.EVENT_TYPE));
        }
    }

    /** The next {@code times} exchanges throw in the route (after being recorded). */
    void failNext(int times) {
        failNext.set(times);
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    int size() {
        return received.size();
    }
}
