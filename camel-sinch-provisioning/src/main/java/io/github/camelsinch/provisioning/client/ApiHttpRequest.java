package io.github.camelsinch.provisioning.client;

import java.util.concurrent.atomic.AtomicMarkableReference;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

/**
 * One API request as HttpClient sends it: the host is given as an {@link HttpHost} and the target as an already
 * encoded path and query, so nothing is parsed per call, and the client's timeouts travel with the request. It can
 * be cancelled like HttpClient's own request classes: cancelling closes its connection at once, which is how an
 * oversized body is abandoned without draining it.
 */
final class ApiHttpRequest extends BasicClassicHttpRequest implements Configurable, CancellableDependency {

    private final RequestConfig config;
    /** The running exchange's cancellable, marked once cancelled. */
    private final AtomicMarkableReference<Cancellable> dependency = new AtomicMarkableReference<>(null, false);

    ApiHttpRequest(String method, HttpHost host, String pathAndQuery, RequestConfig config) {
        super(method, host, pathAndQuery);
        this.config = config;
    }

    @Override
    public RequestConfig getConfig() {
        return config;
    }

    @Override
    public void setDependency(Cancellable cancellable) {
        Cancellable current = dependency.getReference();
        if (!dependency.compareAndSet(current, cancellable, false, false)) {
            cancellable.cancel(); // cancelled before the exchange started: stop it as soon as it registers
        }
    }

    @Override
    public boolean isCancelled() {
        return dependency.isMarked();
    }

    @Override
    public boolean cancel() {
        while (!dependency.isMarked()) {
            Cancellable current = dependency.getReference();
            if (dependency.compareAndSet(current, current, false, true)) {
                return current == null || current.cancel();
            }
        }
        return false;
    }
}
