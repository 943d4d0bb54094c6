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

import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

import java.util.concurrent.atomic.AtomicMarkableReference;

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
