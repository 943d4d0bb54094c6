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

import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.DigestSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The pooled HttpClient 5 instances of a transport: one per distinct SSLContext and proxy (a connection manager is
 * bound to its TLS setup, a client to its route planner and proxy credentials), so in the usual case exactly one
 * pool. Every safety-relevant HttpClient default is switched off here: redirects, automatic retries (which re-send
 * POSTs and silently wait out Retry-After), cookies, challenge based auth (except a proxy's 407, answered only
 * with the proxy's own credentials), TLS protocol upgrade.
 */
final class PooledHttpClients implements AutoCloseable {

    /** Larger declared lengths are not trusted with one up-front allocation. */
    private static final long MAX_PRESIZED_BODY = 16L * 1024 * 1024;
    /** Pooled connections idle longer than this are checked before reuse. */
    static final long VALIDATE_AFTER_IDLE_MS = 50;
    /** Longest status or header line accepted; Sinch's longest real header is well under 1 KB. */
    static final int MAX_HEAD_LINE = 16 * 1024;
    static final int MAX_HEADERS = 200;
    /** Set on a call's context once its connection is past the proxy: a tunnel opened, or no tunnel needed. */
    private static final String PAST_PROXY = "io.github.camelsinch.provisioning.past-proxy";
    /** Proxy-Authenticate headers read for the schemes an error names. */
    private static final int MAX_CHALLENGES = 5;

    private final int maxTotal;
    private final int maxPerRoute;
    private final Map<Pool, CloseableHttpClient> clients = new HashMap<>();
    private final Map<Pool, PoolingHttpClientConnectionManager> managers = new HashMap<>();
    /** Written under the lock, read without it: every call checks it. */
    private volatile boolean closed;
    /** The client of the last lookup (in practice the only one), so calls need no lock to find it. */
    private volatile PoolEntry last;
    /** Cancels attempts at their deadline; one thread per transport, created by the first call. */
    private volatile ScheduledThreadPoolExecutor watchdog;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    /** How often the watchdog looks for attempts past their deadline. */
    static final long WATCHDOG_PERIOD_MS = 50;

    private record PoolEntry(Pool pool, CloseableHttpClient client) {
    }

    /**
     * What tells one pool from another: the TLS context (by identity; null = JVM default trust) and the proxy (by
     * value, credentials included; null = direct).
     */
    record Pool(SSLContext sslContext, ProxySettings proxy) {
        static Pool of(ClientSettings settings) {
            return new Pool(settings.sslContext(), settings.proxy());
        }
    }

    PooledHttpClients(int maxTotal, int maxPerRoute) {
        this.maxTotal = maxTotal;
        this.maxPerRoute = maxPerRoute;
    }

    /** Sends one request with the timeouts of {@code settings} and reads the whole response; no retries here. */
    ApiResponse send(HttpUriRequestBase request, ClientSettings settings) throws IOException {
        request.setConfig(requestConfig(settings));
        return send(request, Pool.of(settings), settings.maxResponseSize(), settings.attemptTimeout());
    }

    /**
     * As {@link #send(HttpUriRequestBase, ClientSettings)} for a request that carries its own config (built once
     * per client: the settings of a client never change, and building it allocates a few KB).
     */
    <R extends ClassicHttpRequest & Cancellable> ApiResponse send(R request, Pool pool, long maxResponseSize,
                                                                  Duration timeout) throws IOException {
        CloseableHttpClient client = clientFor(pool);
        // The response timeout only measures silence: a server dripping a byte at a time never trips it. The
        // watchdog cancels the request at its deadline, which closes the connection under the blocked read.
        InFlight attempt = new InFlight(request, System.nanoTime() + timeout.toNanos());
        startWatchdog();
        inFlight.add(attempt);
        try {
            if (pool.proxy() == null) {
                return client.execute(request, response -> read(request, response, maxResponseSize));
            }
            // Through a proxy the context tells whether the answer came from the proxy or from the API.
            HttpClientContext context = HttpClientContext.create();
            return client.execute(request, context, response -> {
                checkProxyAnswer(request, response, context, pool.proxy());
                return read(request, response, maxResponseSize);
            });
        } catch (ResponseTooLargeException | ProxyRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException failure) {
            if (attempt.timedOut) {
                AttemptTimeoutException timeoutFailure = new AttemptTimeoutException(timeout.toMillis());
                timeoutFailure.initCause(failure);
                throw timeoutFailure;
            }
            if (failure instanceof IllegalStateException) {
                ensureOpen(); // closed while this call was on its way: report that, not a pool internals message
            }
            throw failure;
        } finally {
            inFlight.remove(attempt);
        }
    }

    /**
     * One attempt on its way. Identity equality: the set holds each attempt once. A sweep every
     * {@link #WATCHDOG_PERIOD_MS} rather than a timer per attempt: scheduling one per call woke the watchdog thread
     * on every call, which cost more than the call's own bookkeeping; deadlines are met within the period.
     */
    private static final class InFlight {
        private final Cancellable request;
        private final long deadlineNanos;
        private volatile boolean timedOut;

        InFlight(Cancellable request, long deadlineNanos) {
            this.request = request;
            this.deadlineNanos = deadlineNanos;
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (InFlight attempt : inFlight) {
            if (now - attempt.deadlineNanos >= 0 && !attempt.timedOut) {
                attempt.timedOut = true;
                attempt.request.cancel();
            }
        }
    }

    private void startWatchdog() {
        if (watchdog != null) {
            return;
        }
        synchronized (this) {
            ensureOpen();
            if (watchdog == null) {
                ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "sinch-prov-attempt-deadline");
                    t.setDaemon(true);
                    return t;
                });
                created.scheduleWithFixedDelay(this::sweep, WATCHDOG_PERIOD_MS, WATCHDOG_PERIOD_MS,
                        TimeUnit.MILLISECONDS);
                watchdog = created;
            }
        }
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("SinchHttpTransport is closed; create a new transport to make calls");
        }
    }

    boolean isClosed() {
        return closed;
    }

    synchronized int poolCount() {
        return clients.size();
    }

    /** Connections leased right now over every pool: a leak check for tests and diagnostics. */
    synchronized int leasedConnections() {
        return managers.values().stream().mapToInt(m -> m.getTotalStats().getLeased()).sum();
    }

    /** For tests: the connection managers, to prove they are shared and shut down. */
    synchronized List<HttpClientConnectionManager> connectionManagers() {
        return new ArrayList<>(managers.values());
    }

    @Override
    public void close() {
        List<CloseableHttpClient> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(clients.values());
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
        }
        // Closing the client closes its connection manager (it is not marked shared) and the eviction thread.
        toClose.forEach(c -> c.close(CloseMode.GRACEFUL));
    }

    private CloseableHttpClient clientFor(Pool pool) {
        PoolEntry entry = last;
        if (entry != null && (entry.pool() == pool || entry.pool().equals(pool))) {
            ensureOpen();
            return entry.client();
        }
        synchronized (this) {
            ensureOpen();
            CloseableHttpClient client = clients.computeIfAbsent(pool, this::create);
            last = new PoolEntry(pool, client);
            return client;
        }
    }

    private CloseableHttpClient create(Pool pool) {
        SSLContext sslContext = pool.sslContext();
        PoolingHttpClientConnectionManager manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                // Bounded status and header lines: a hostile server cannot grow the response head without end.
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setMaxLineLength(MAX_HEAD_LINE).setMaxHeaderCount(MAX_HEADERS)
                                .build())
                        .build())
                // Hostname verification stays on in both strategies.
                .setTlsSocketStrategy(sslContext == null ? DefaultClientTlsStrategy.createDefault()
                        : ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        // Check idle connections before reuse: a stale one fails as NoHttpResponse, which a POST
                        // may not retry. Servers and proxies close idle keep-alive connections after as little
                        // as 100 ms; the check costs about 1 ms, paid only after a pause, never in a busy loop.
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_IDLE_MS))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        managers.put(pool, manager);
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(manager)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching() // no pre-emptive credentials: the proxy gets them only when it asks
                .disableDefaultUserAgent() // each request carries its own
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (pool.proxy() == null) {
            // HttpClients.custom() ignores the JVM's proxy properties: direct, unless a proxy is configured.
            return builder.setDefaultCredentialsProvider(new BasicCredentialsProvider()) // empty: never answer
                    .build();
        }
        return withProxy(builder, pool.proxy()).build();
    }

    /**
     * Routes through the proxy, answers its 407 with its own credentials only, and marks every call that got past
     * it, so that {@link #checkProxyAnswer} can tell the proxy's refusal of a tunnel from an API response.
     */
    private static HttpClientBuilder withProxy(HttpClientBuilder builder, ProxySettings proxy) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (proxy.hasCredentials()) {
            // Scoped to the proxy's host, port and plain-http scheme: a challenge from the API (an https host) finds
            // nothing here, so the proxy's credentials can never be sent to it.
            credentials.setCredentials(new AuthScope("http", proxy.host(), proxy.port(), null, null),
                    new UsernamePasswordCredentials(proxy.username(), proxy.password().toCharArray()));
        }
        return builder.setRoutePlanner(new ProxyRoutePlanner(proxy))
                .setDefaultCredentialsProvider(credentials)
                // Basic and Digest only: Kerberos or NTLM would use ambient machine credentials nobody configured.
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create()
                        .register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE)
                        .register(StandardAuthScheme.DIGEST, DigestSchemeFactory.INSTANCE)
                        .build())
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), "sinch-prov-past-proxy",
                        (request, scope, chain) -> {
                            scope.clientContext.setAttribute(PAST_PROXY, Boolean.TRUE);
                            return chain.proceed(request, scope);
                        });
    }

    /**
     * Throws when the response is the proxy's own answer rather than the API's: a 407 (HttpClient has already
     * answered the challenge once, when credentials are configured), or a refused CONNECT, which HttpClient hands
     * back as if it were the response.
     */
    private static <R extends ClassicHttpRequest & Cancellable> void checkProxyAnswer(
                                                                                      R request,
                                                                                      ClassicHttpResponse response,
                                                                                      HttpClientContext context,
                                                                                      ProxySettings proxy) throws ProxyRefusedException {
        // The route is the planner's decision, made again here: HttpClient does not keep it in the context when
        // the CONNECT fails.
        if (!proxy.appliesTo(request.getAuthority().getHostName())) {
            return; // nonProxyHosts: a direct call
        }
        int status = response.getCode();
        boolean tunnelRefused = "https".equalsIgnoreCase(request.getScheme())
                && context.getAttribute(PAST_PROXY) == null;
        if (status != 407 && !tunnelRefused) {
            return;
        }
        // The proxy's body is not read: an error page of unknown length is cheaper to abandon than to drain.
        request.cancel();
        if (status == 407) {
            List<String> schemes = new ArrayList<>();
            Header[] challenges = response.getHeaders("Proxy-Authenticate");
            for (int i = 0; i < challenges.length && i < MAX_CHALLENGES; i++) {
                schemes.add(ProxyRefusedException.scheme(challenges[i].getValue()));
            }
            throw ProxyRefusedException.authenticationFailed(proxy, schemes);
        }
        throw ProxyRefusedException.tunnelRefused(proxy, request.getAuthority().toString(), status);
    }

    @SuppressWarnings("deprecation") // per-request connect timeout is still honoured by the classic exec runtime
    static RequestConfig requestConfig(ClientSettings settings) {
        return RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.poolLeaseTimeout()))
                .setRedirectsEnabled(false)
                // Only to answer a proxy's 407: the credentials provider holds nothing for any other host.
                .setAuthenticationEnabled(settings.proxy() != null && settings.proxy().hasCredentials())
                .setProtocolUpgradeEnabled(false)
                .build();
    }

    private static ApiResponse read(Cancellable request, ClassicHttpResponse response,
                                    long maxResponseSize) throws IOException {
        Header[] headers = response.getHeaders();
        String[] pairs = new String[headers.length * 2];
        for (int i = 0; i < headers.length; i++) {
            pairs[2 * i] = headers[i].getName();
            pairs[2 * i + 1] = headers[i].getValue();
        }
        byte[] body;
        try {
            body = body(response.getEntity(), maxResponseSize, response.getCode());
        } catch (ResponseTooLargeException tooLarge) {
            // Closing the stream normally would read the rest of the body to reuse the connection: an endless one
            // never ends. Cancelling closes the connection first, so the close that follows returns at once.
            request.cancel();
            throw tooLarge;
        }
        return ApiResponse.ofHeaderPairs(response.getCode(), pairs, body);
    }

    /**
     * The whole body, at most {@code limit} bytes after decompression; a longer one fails without buffering more.
     * With a Content-Length it is read straight into an array of that size (EntityUtils copies every body twice
     * and allocates a 4 KB buffer on top); a body that ends early fails in HttpClient's stream.
     */
    static byte[] body(HttpEntity entity, long limit, int status) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        long length = entity.getContentLength();
        // A compressed entity reports the compressed length (or -1): only an identity length sizes the array.
        boolean identity = entity.getContentEncoding() == null;
        if (identity && length > limit) {
            throw new ResponseTooLargeException(status, limit); // not read at all
        }
        // Not try-with-resources: closing the stream reads the rest of the body. On a failure the caller first
        // cancels the request, so the close HttpClient then makes returns at once.
        byte[] body;
        if (!identity || length < 0 || length > MAX_PRESIZED_BODY) {
            body = readAtMost(in, limit, status);
        } else {
            body = new byte[(int) length];
            int read = in.readNBytes(body, 0, body.length);
            if (read < body.length) {
                throw new IOException("response body ended after " + read + " of " + length + " bytes");
            }
        }
        in.close(); // at the end of the body: releases the connection for reuse
        return body;
    }

    /** Reads to the end, failing as soon as more than {@code limit} bytes arrived. */
    private static byte[] readAtMost(InputStream in, long limit, int status) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            total += n;
            if (total > limit) {
                throw new ResponseTooLargeException(status, limit);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
