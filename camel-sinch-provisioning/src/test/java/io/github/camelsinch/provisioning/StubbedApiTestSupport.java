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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.client.StubServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;

import java.util.List;
import java.util.function.Consumer;

/**
 * Camel's {@link CamelTestSupport} (context, {@code template}, mock endpoints) whose {@code sinch-prov} component
 * talks to a loopback {@link StubServer} that plays the API and the OAuth2 token endpoint. Tests script API answers
 * and read what the server received. Kept on top of CamelTestSupport for the per-test stub server it starts first.
 */
public abstract class StubbedApiTestSupport extends CamelTestSupport {

    public static final String KEY_ID = "test-key-id";
    public static final String KEY_SECRET = "test-key-secret-5ee5a7";
    public static final String ACCESS_TOKEN = "test-access-token-b3a51c";
    public static final String PROJECT_ID = "proj-123";
    public static final String TOKEN_PATH = "/oauth2/token";

    protected StubServer server;

    /** The stub server starts before the context, which needs its address. */
    @Override
    protected void setupResources() throws Exception {
        server = StubServer.start();
        server.always("POST", TOKEN_PATH, r -> StubResponse.json(200,
                "{\"access_token\":\"" + ACCESS_TOKEN
                        + "\",\"expires_in\":3600,\"token_type\":\"bearer\",\"scope\":\"\"}"));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        SinchProvisioningComponent component = stubComponent();
        configure(component);
        camel.addComponent("sinch-prov", component);
        return camel;
    }

    /**
     * A component calling the stub: its base and token URL, the test credentials, project {@link #PROJECT_ID} and
     * retry backoffs of a few milliseconds.
     */
    protected SinchProvisioningComponent stubComponent() {
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(server.baseUrl());
        c.setAuthUrl(server.baseUrl() + TOKEN_PATH);
        c.setKeyId(KEY_ID);
        c.setKeySecret(KEY_SECRET);
        c.setProjectId(PROJECT_ID);
        c.setInitialBackoff(1);
        c.setMaxBackoff(5);
        return component;
    }

    /** Adjusts the component before the context starts. */
    protected void configure(SinchProvisioningComponent component) {
    }

    /**
     * CamelTestSupport stops the context only after this; it is stopped here first so that no consumer still polls
     * the stub while it closes.
     */
    @Override
    protected void cleanupResources() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    protected Exchange call(String uri, Object body) {
        return template.send(uri, e -> e.getMessage().setBody(body));
    }

    protected Exchange call(String uri, Consumer<Exchange> setup) {
        return template.send(uri, setup::accept);
    }

    /** The API requests the server received, token requests left out. */
    protected List<StubRequest> apiRequests() {
        return server.requests().stream().filter(r -> !r.path().equals(TOKEN_PATH)).toList();
    }

    protected StubRequest lastApiRequest() {
        List<StubRequest> requests = apiRequests();
        if (requests.isEmpty()) {
            throw new AssertionError("The API received no request");
        }
        return requests.get(requests.size() - 1);
    }

    protected int tokenRequests() {
        return server.count("POST", TOKEN_PATH);
    }
}
