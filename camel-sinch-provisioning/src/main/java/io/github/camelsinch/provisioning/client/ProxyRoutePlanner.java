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
