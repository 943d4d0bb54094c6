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

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 proxy on 127.0.0.1 for tests: absolute-URI requests (plain http) are forwarded one per
 * connection, CONNECT opens a byte tunnel (https). It can demand Basic Proxy-Authorization, refuse tunnels with a
 * given status, or stall. It never resolves a name through DNS: loopback names connect locally, other names only
 * through {@link #resolve}, so a test can give a target any host name. Every request it received is recorded, and
 * like a real proxy it never forwards Proxy-Authorization.
 */
public final class LoopbackProxy implements AutoCloseable {

    /** One request the proxy received; header names in lower case. */
    public record Seen(String method, String target, Map<String, String> headers) {
        public String proxyAuthorization() {
            return headers.get("proxy-authorization");
        }
    }

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile String expectedAuthorization;
    private volatile int refuseTunnelsWith;
    private volatile boolean stall;
    private volatile boolean closed;

    private LoopbackProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::accept);
    }

    public static LoopbackProxy start() {
        try {
            return new LoopbackProxy();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Demands {@code Proxy-Authorization: Basic base64(username:password)}; anything else gets a 407. */
    public LoopbackProxy requireBasic(String username, String password) {
        expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Connects {@code name} to {@code address} (e.g. "127.0.0.1"), as the proxy's own DNS would. */
    public LoopbackProxy resolve(String name, String address) {
        names.put(name.toLowerCase(Locale.ROOT), address);
        return this;
    }

    /** Answers every CONNECT with this status instead of opening the tunnel. */
    public LoopbackProxy refuseTunnelsWith(int status) {
        refuseTunnelsWith = status;
        return this;
    }

    /** Reads requests but never answers them. */
    public LoopbackProxy stall() {
        stall = true;
        return this;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        executor.shutdownNow();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                sockets.add(client);
                executor.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (!closed) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                Map<String, String> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
                String method = requestLine[0];
                byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                seen.add(new Seen(method, requestLine[1], Map.copyOf(headers)));
                if (stall) {
                    in.readAllBytes(); // until the client gives up and closes
                    return;
                }
                if (expectedAuthorization != null
                        && !expectedAuthorization.equals(headers.get("proxy-authorization"))) {
                    // Kept alive, as real proxies do, so the client may answer on the same connection.
                    write(out, "HTTP/1.1 407 Proxy Authentication Required\r\n"
                            + "Proxy-Authenticate: Basic realm=\"loopback-proxy\"\r\nContent-Length: 0\r\n\r\n");
                    continue;
                }
                if (method.equals("CONNECT")) {
                    tunnel(requestLine[1], in, out);
                } else {
                    forward(method, URI.create(requestLine[1]), headers, body, out);
                }
                return;
            }
        } catch (IOException e) {
            // the client or the target went away: nothing to record
        }
    }

    private void tunnel(String authority, InputStream in, OutputStream out) throws IOException {
        if (refuseTunnelsWith != 0) {
            write(out, "HTTP/1.1 " + refuseTunnelsWith + " Refused\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 7\r\nConnection: close\r\n\r\nrefused");
            return;
        }
        int colon = authority.lastIndexOf(':');
        Socket target;
        try {
            target = connect(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        } catch (IOException unreachable) {
            write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
        try (target) {
            write(out, "HTTP/1.1 200 Connection established\r\n\r\n");
            executor.execute(() -> pipe(in, target));
            pipe(target.getInputStream(), out);
        }
    }

    private void forward(String method, URI uri, Map<String, String> headers, byte[] body,
                         OutputStream out) throws IOException {
        try (Socket target = connect(uri.getHost(), uri.getPort())) {
            StringBuilder request = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
            headers.forEach((name, value) -> {
                // Hop-by-hop: the proxy's credentials and connection handling stay with the proxy.
                if (!name.equals("proxy-authorization") && !name.equals("proxy-connection")
                        && !name.equals("connection")) {
                    request.append(name).append(": ").append(value).append("\r\n");
                }
            });
            request.append("connection: close\r\n\r\n");
            OutputStream targetOut = target.getOutputStream();
            targetOut.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            targetOut.write(body);
            targetOut.flush();
            InputStream targetIn = new BufferedInputStream(target.getInputStream());
            String head = readHead(targetIn);
            if (head == null) {
                return;
            }
            StringBuilder response = new StringBuilder();
            for (String line : head.split("\r\n")) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            response.append("Connection: close\r\n\r\n"); // one request per connection: no stale reuse
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            pipe(targetIn, out);
        } catch (IOException unreachable) {
            write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    }

    private Socket connect(String host, int port) throws IOException {
        String name = host.toLowerCase(Locale.ROOT);
        String mapped = names.get(name);
        if (mapped == null && !EndpointUrls.isLoopback(name)) {
            throw new IOException("the test proxy does not resolve " + host);
        }
        String address = mapped != null ? mapped : name.equals("localhost") ? "127.0.0.1" : name.replace("[", "")
                .replace("]", "");
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getByName(address), port), 2000);
        sockets.add(socket);
        return socket;
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            pipe(from, to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(to);
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // one side closed
        }
    }

    /** The request or response head without its blank line, or null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
            if (head.size() > MAX_HEAD) {
                throw new IOException("head too long");
            }
        }
        return null;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
