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
package io.github.camelsinch.provisioning;

import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An endpoint turns its options into client settings once, when it is created: its producer and its consumer start
 * from those, so the TLS context is built once and a bad one fails the endpoint, not a later start.
 */
class ClientSettingsOnceTest extends StubbedApiTestSupport {

    @Test
    void theProducerAndTheConsumerOfOneEndpointShareTheSettingsBuiltAtItsCreation() throws Exception {
        CountingTls tls = new CountingTls();
        context.getRegistry().bind("tls", tls);
        String uri = "sinch-prov:bundles/list?sslContextParameters=#tls&initialDelay=3600000";

        context.getEndpoint(uri);
        assertEquals(1, tls.built.get(), "built when the endpoint is created");

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").process(e -> {});
                from("direct:list").routeId("list").to(uri);
            }
        });

        assertTrue(context.getRouteController().getRouteStatus("watch").isStarted());
        assertTrue(context.getRouteController().getRouteStatus("list").isStarted());
        assertEquals(1, tls.built.get(), "the producer and the consumer started from the same settings");
    }

    @Test
    void aTlsContextThatCannotBeBuiltFailsTheEndpointCreation() {
        context.getRegistry().bind("broken", new SSLContextParameters() {
            @Override
            public SSLContext createSSLContext(CamelContext camelContext) throws GeneralSecurityException {
                throw new GeneralSecurityException("no such key store");
            }
        });

        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("sinch-prov:webhooks/list?sslContextParameters=#broken"));

        RuntimeException cause = assertInstanceOf(RuntimeException.class, e.getCause());
        assertTrue(cause.getMessage().contains("Cannot build the TLS context from sslContextParameters"),
                cause.getMessage());
        assertEquals(0, server.requests().size());
    }

    /** The JVM's default TLS context, counting how often it is asked for one. */
    private static final class CountingTls extends SSLContextParameters {
        final AtomicInteger built = new AtomicInteger();

        @Override
        public SSLContext createSSLContext(CamelContext camelContext) throws GeneralSecurityException {
            built.incrementAndGet();
            return SSLContext.getDefault();
        }
    }
}
