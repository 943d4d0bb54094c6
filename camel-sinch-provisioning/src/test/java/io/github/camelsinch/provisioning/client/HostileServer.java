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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server on raw sockets that answers whatever a test writes, byte by byte: endless chunked
 * bodies, lying Content-Lengths, gzip bombs, and idle keep-alive connections closed after a given time. The JDK
 * server used by {@link StubServer} cannot misbehave this way.
 */
final class HostileServer implements AutoCloseable {

    /** Writes the whole answer (status line, headers, body) to one request. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final Answer answer;
    private final int idleCloseMs;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    /** @param idleCloseMs a kept-alive connection idle this long is closed by the server; 0: one request each */
    HostileServer(int idleCloseMs, Answer answer) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.answer = answer;
        this.idleCloseMs = idleCloseMs;
        executor.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                executor.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            do {
                if (idleCloseMs > 0) {
                    s.setSoTimeout(idleCloseMs);
                }
                if (!readRequest(in)) {
                    return;
                }
                requests.incrementAndGet();
                answer.write(out);
                out.flush();
            } while (idleCloseMs > 0);
        } catch (SocketTimeoutException idle) {
            // the keep-alive connection was idle too long: close it, as proxies and servers do
        } catch (IOException clientWentAway) {
            // the client closed the connection, e.g. after the body limit
        }
    }

    /** Reads a request head and its Content-Length body; false at end of stream. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        if (b < 0) {
            return false;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        executor.shutdownNow();
    }

    static void head(OutputStream out, String statusAndHeaders) throws IOException {
        out.write((statusAndHeaders + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}
