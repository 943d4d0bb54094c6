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

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body limit without HTTP: what is read of a body, and when it is refused without reading it. */
class BoundedBodyTest {

    private static final int LIMIT = 1_000;
    private final CamelContext context = new DefaultCamelContext();

    @BeforeEach
    void start() {
        context.start(); // headers are case-insensitive in a started context, as in a request
    }

    @AfterEach
    void close() {
        context.stop();
    }

    /** A stream of {@code size} bytes that counts what was read, and fails if read at all when told to. */
    static final class CountingStream extends InputStream {
        private final long size;
        private final boolean forbidden;
        long read;

        CountingStream(long size, boolean forbidden) {
            this.size = size;
            this.forbidden = forbidden;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (forbidden) {
                throw new IOException("the body must not be read");
            }
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() throws Exception {
        CountingStream body = new CountingStream(Long.MAX_VALUE, true);
        assertTrue(BoundedBody.read(request(body, "1001"), LIMIT).isEmpty());
        assertTrue(BoundedBody.read(request(body, " 5000000000 "), LIMIT).isEmpty());
    }

    @Test
    void aStreamWithoutLengthIsReadOneBytePastTheLimitAndNoFurther() throws Exception {
        CountingStream endless = new CountingStream(Long.MAX_VALUE, false);
        assertTrue(BoundedBody.read(request(endless, null), LIMIT).isEmpty());
        assertEquals(LIMIT + 1, endless.read);

        CountingStream lying = new CountingStream(50_000, false);
        assertTrue(BoundedBody.read(request(lying, "10"), LIMIT).isEmpty(), "a Content-Length that lies");
        assertEquals(LIMIT + 1, lying.read);
    }

    @Test
    void bodiesUpToTheLimitAreReadWhole() throws Exception {
        CountingStream exact = new CountingStream(LIMIT, false);
        assertEquals(LIMIT, BoundedBody.read(request(exact, null), LIMIT).orElseThrow().length);
        assertEquals(LIMIT, BoundedBody.read(request(new byte[LIMIT], Integer.toString(LIMIT)), LIMIT)
                .orElseThrow().length);
        assertArrayEquals("{}".getBytes(), BoundedBody.read(request("{}", "not-a-number"), LIMIT).orElseThrow());
        assertEquals(0, BoundedBody.read(request(null, null), LIMIT).orElseThrow().length, "no body: zero bytes");
    }

    @Test
    void aBodyAlreadyInMemoryIsMeasured() throws Exception {
        assertTrue(BoundedBody.read(request(new byte[LIMIT + 1], null), LIMIT).isEmpty());
        assertTrue(BoundedBody.read(request("x".repeat(LIMIT + 1), null), LIMIT).isEmpty());
        Optional<byte[]> stream = BoundedBody.read(request(new ByteArrayInputStream(new byte[LIMIT + 1]), null),
                LIMIT);
        assertTrue(stream.isEmpty());
    }

    private Message request(Object body, String contentLength) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        if (contentLength != null) {
            exchange.getMessage().setHeader("content-length", contentLength);
        }
        return exchange.getMessage();
    }
}
