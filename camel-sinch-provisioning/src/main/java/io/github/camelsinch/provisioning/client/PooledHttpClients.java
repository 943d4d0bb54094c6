package io.github.camelsinch.provisioning.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The pooled HttpClient 5 instances of a transport: one per distinct SSLContext (a connection manager is bound to
 * its TLS setup), so in the usual case exactly one pool. Every safety-relevant HttpClient default is switched off
 * here: redirects, automatic retries (which re-send POSTs and silently wait out Retry-After), cookies, challenge
 * based auth, TLS protocol upgrade.
 */
final class PooledHttpClients implements AutoCloseable {

    private final int maxTotal;
    private final int maxPerRoute;
    private final Map<SSLContext, CloseableHttpClient> clients = new IdentityHashMap<>(); // null key = JVM default
    private final Map<SSLContext, PoolingHttpClientConnectionManager> managers = new IdentityHashMap<>();
    private boolean closed;

    PooledHttpClients(int maxTotal, int maxPerRoute) {
        this.maxTotal = maxTotal;
        this.maxPerRoute = maxPerRoute;
    }

    /** Sends one request with the timeouts of {@code settings} and reads the whole response; no retries here. */
    ApiResponse send(HttpUriRequestBase request, ClientSettings settings) throws IOException {
        request.setConfig(requestConfig(settings));
        CloseableHttpClient client = clientFor(settings.sslContext());
        try {
            return client.execute(request, PooledHttpClients::read);
        } catch (IllegalStateException poolShutDown) {
            ensureOpen(); // closed while this call was on its way: report that instead of a pool internals message
            throw poolShutDown;
        }
    }

    synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("SinchHttpTransport is closed; create a new transport to make calls");
        }
    }

    synchronized boolean isClosed() {
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
        }
        // Closing the client closes its connection manager (it is not marked shared) and the eviction thread.
        toClose.forEach(c -> c.close(CloseMode.GRACEFUL));
    }

    private synchronized CloseableHttpClient clientFor(SSLContext sslContext) {
        ensureOpen();
        return clients.computeIfAbsent(sslContext, this::create);
    }

    private CloseableHttpClient create(SSLContext sslContext) {
        PoolingHttpClientConnectionManager manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                // Hostname verification stays on in both strategies.
                .setTlsSocketStrategy(sslContext == null ? DefaultClientTlsStrategy.createDefault()
                        : ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        // Check idle connections before reuse: a stale one fails as NoHttpResponse, which a POST
                        // may not retry.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        managers.put(sslContext, manager);
        return HttpClients.custom()
                .setConnectionManager(manager)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableDefaultUserAgent() // each request carries its own
                .setDefaultCredentialsProvider(new BasicCredentialsProvider()) // empty: never answer a challenge
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    @SuppressWarnings("deprecation") // per-request connect timeout is still honoured by the classic exec runtime
    private static RequestConfig requestConfig(ClientSettings settings) {
        return RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.poolLeaseTimeout()))
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .build();
    }

    private static ApiResponse read(ClassicHttpResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName(), n -> new ArrayList<>()).add(h.getValue());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new ApiResponse(response.getCode(), headers, body);
    }
}
