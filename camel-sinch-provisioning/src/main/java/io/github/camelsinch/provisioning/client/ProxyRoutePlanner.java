package io.github.camelsinch.provisioning.client;

import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Routes every call through the configured proxy except to the hosts its nonProxyHosts exempt. The decision is the
 * component's own, not the JVM's ProxySelector: another library replacing that selector cannot redirect the calls
 * (and their credentials) through a proxy nobody configured for them.
 */
final class ProxyRoutePlanner extends DefaultRoutePlanner {

    private final ProxySettings proxy;
    private final HttpHost proxyHost;

    ProxyRoutePlanner(ProxySettings proxy) {
        super(DefaultSchemePortResolver.INSTANCE);
        this.proxy = proxy;
        this.proxyHost = proxy.httpHost();
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        return proxy.appliesTo(target.getHostName()) ? proxyHost : null;
    }
}
