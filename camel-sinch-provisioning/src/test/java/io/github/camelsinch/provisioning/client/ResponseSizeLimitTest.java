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
package io.github.camelsinch.provisioning.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_ID;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_SECRET;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile upstream, the size cases. Surefire runs this class in its own JVM with {@code -Xmx256m} (execution
 * {@code small-heap} of the module's pom): before the limit each of these bodies ran a 256 MB heap out of memory.
 */
class ResponseSizeLimitTest {

    private static final long LIMIT = 1024 * 1024;
    private final SinchHttpTransport transport = SinchHttpTransport.builder().build();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void anEndlessChunkedBodyFailsAtTheLimitAndTheConnectionIsDiscarded() throws Exception {
        byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try (HostileServer server = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked");
            while (true) { // until the client hangs up
                out.write(chunk);
            }
        })) {
            assertTooLarge(server, 200);
        }
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsNotReadAtAll() throws Exception {
        try (HostileServer server = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200");
            byte[] block = new byte[64 * 1024];
            for (int i = 0; i < 200 * 16; i++) {
                out.write(block);
            }
        })) {
            assertTooLarge(server, 200);
        }
    }

    @Test
    void aGzipBombIsCountedAfterDecompression() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) { // 1 GiB of zeros, about 1 MB compressed
                gzip.write(zeros);
            }
        }
        byte[] bomb = compressed.toByteArray();
        try (HostileServer server = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip"
                    + "\r\nContent-Length: " + bomb.length);
            out.write(bomb);
        })) {
            assertTooLarge(server, 200);
        }
    }

    @Test
    void aLargeErrorBodyIsBoundedToo() throws Exception {
        try (HostileServer server = new HostileServer(0, out -> {
            HostileServer.head(out,
                    "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked");
            writeEndless(out);
        })) {
            assertTooLarge(server, 502);
        }
    }

    @Test
    void aBodyAtTheLimitIsRead() throws Exception {
        String json = "{\"a\":\"" + "x".repeat((int) LIMIT - 8) + "\"}";
        try (HostileServer server = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + json.length());
            out.write(json.getBytes(StandardCharsets.US_ASCII));
        })) {
            assertEquals(LIMIT, client(server).execute(getSender("p", "s")).body().length);
        }
    }

    private void assertTooLarge(HostileServer server, int status) {
        SinchApiClient client = client(server);
        for (int i = 0; i < 3; i++) { // repeated: every call is bounded and no connection leaks
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
            assertEquals(ErrorKind.SERVER, e.kind());
            assertTrue(e.getMessage().contains("maxResponseSize (" + LIMIT + " bytes)"), e.getMessage());
            assertEquals(1, e.attempts(), "not retried: the same request would get the same body");
        }
        assertEquals(0, transport.leasedConnections());
    }

    private SinchApiClient client(HostileServer server) {
        return transport.client(ClientSettings.builder().baseUrl(server.baseUrl())
                .authUrl(server.baseUrl() + "/token").keyId(KEY_ID).keySecret(KEY_SECRET).authType(AuthType.BASIC)
                .maxResponseSize(LIMIT).build());
    }

    private static void writeEndless(OutputStream out) throws IOException {
        byte[] chunk = ("1000\r\n" + "<p>".repeat(0x1000 / 3) + "x\r\n").getBytes(StandardCharsets.US_ASCII);
        while (true) {
            out.write(chunk);
        }
    }
}
