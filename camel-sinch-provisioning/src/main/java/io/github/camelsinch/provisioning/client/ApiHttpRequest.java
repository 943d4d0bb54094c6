package io.github.camelsinch.provisioning.client;

import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

/**
 * One API request as HttpClient sends it: the host is given as an {@link HttpHost} and the target as an already
 * encoded path and query, so nothing is parsed per call, and the client's timeouts travel with the request.
 */
final class ApiHttpRequest extends BasicClassicHttpRequest implements Configurable {

    private final RequestConfig config;

    ApiHttpRequest(String method, HttpHost host, String pathAndQuery, RequestConfig config) {
        super(method, host, pathAndQuery);
        this.config = config;
    }

    @Override
    public RequestConfig getConfig() {
        return config;
    }
}
