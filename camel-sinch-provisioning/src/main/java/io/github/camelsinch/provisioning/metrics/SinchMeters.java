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
package io.github.camelsinch.provisioning.metrics;

import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningStatusConsumer;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookConsumer;
import org.apache.camel.CamelContext;

/**
 * The component's Micrometer meters, behind an interface without a Micrometer type, so the component, its
 * consumers and its client load and run without Micrometer on the classpath. {@link #of} returns {@link #NONE}
 * then, or when metrics are off or no {@code MeterRegistry} is found; otherwise meters over the same counters the
 * JMX attributes read, so both always agree.
 */
public interface SinchMeters {

    /** Registers nothing. */
    SinchMeters NONE = new SinchMeters() {
        @Override
        public Registration bindTransport(SinchHttpTransport transport) {
            return Registration.NONE;
        }

        @Override
        public Registration bindStatusConsumer(SinchProvisioningStatusConsumer consumer) {
            return Registration.NONE;
        }

        @Override
        public Registration bindWebhookReceiver(SinchProvisioningWebhookConsumer receiver) {
            return Registration.NONE;
        }

        @Override
        public String toString() {
            return "SinchMeters.NONE";
        }
    };

    /** The component-wide meters: calls, attempts, retries, tokens, rate limits, authentication. */
    Registration bindTransport(SinchHttpTransport transport);

    /** One status consumer's meters, tagged with its route, api and operation. */
    Registration bindStatusConsumer(SinchProvisioningStatusConsumer consumer);

    /** One webhook receiver's meters, tagged with its route. */
    Registration bindWebhookReceiver(SinchProvisioningWebhookConsumer receiver);

    /** The meters of one bind call; {@link #remove()} takes them out of the registry again. */
    @FunctionalInterface
    interface Registration {
        Registration NONE = () -> {};

        /** Removes the meters from the registry; idempotent. */
        void remove();
    }

    /**
     * The meters of one component.
     *
     * @param context       where a {@code MeterRegistry} is looked up when none is given
     * @param meterRegistry the {@code io.micrometer.core.instrument.MeterRegistry} to use, or null to look one up
     * @param enabled       false: {@link #NONE}, whatever is available
     * @throws IllegalArgumentException when {@code meterRegistry} is not a MeterRegistry
     */
    static SinchMeters of(CamelContext context, Object meterRegistry, boolean enabled) {
        if (!enabled) {
            return NONE;
        }
        if (!MicrometerPresence.isPresent()) {
            if (meterRegistry != null) {
                throw new IllegalArgumentException("meterRegistry is set (to a " + meterRegistry.getClass().getName()
                        + ") but Micrometer (io.micrometer:micrometer-core) is not on the classpath");
            }
            return NONE;
        }
        return MicrometerMeters.create(context, meterRegistry);
    }
}
