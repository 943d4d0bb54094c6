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
package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.SinchProvisioningApiEndpoint;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.model.support.ListPage;
import io.github.camelsinch.provisioning.request.OperationRequest;
import io.github.camelsinch.provisioning.request.ResponseJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The one producer of all 85 operations: it reads the operation descriptor, builds the request, calls, and puts
 * the typed response (or raw JSON) and the documented headers on the message.
 */
public class SinchProvisioningProducer extends DefaultProducer {

    private final SinchProvisioningApiEndpoint endpoint;
    private final SinchProvisioningConfiguration configuration;
    private final RequestFactory requests;
    private WritableHealthCheckRepository healthCheckRepository;
    private ProducerHealthCheck healthCheck;

    public SinchProvisioningProducer(SinchProvisioningApiEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.requests = new RequestFactory(configuration, endpoint.getParameters(), endpoint.getApiOperation(),
                endpoint.checkedParameterValues());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        endpoint.checkCredentialsOnStart();
        // Optional, as for every Camel producer check: present only with camel-health on the class path, and
        // reported only when producer checks are on (camel.health.producersEnabled=true).
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new ProducerHealthCheck(endpoint);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        // A message without headers (the usual first call of a route) needs none of the header lookups and removals.
        boolean hasHeaders = message.hasHeaders();
        ApiOperation op = hasHeaders ? OperationSelector.select(endpoint.getApiOperation(), message)
                : endpoint.getApiOperation();
        if (hasHeaders) {
            message.removeHeader(SinchProvisioningConstants.ATTEMPTS);
            clearOutputHeaders(message);
        }
        try {
            if (op.isPaginated() && configuration.isFetchAllPages()) {
                callAllPages(op, message);
            } else {
                callOnce(op, message);
            }
        } catch (SinchProvisioningException e) {
            throw e;
        } catch (ApiCallException e) {
            // The cost of a failed call is worth knowing in onException as well: what was sent before (earlier
            // pages, or a response that could not be read) is already in the header; add the failed request's.
            addAttempts(message, e.attempts());
            throw new SinchProvisioningException(e,
                    message.getHeader(SinchProvisioningConstants.ATTEMPTS, 0, Integer.class));
        }
    }

    private void callOnce(ApiOperation op, Message message) {
        OperationRequest request = requests.create(op, message, false);
        if (op.isPaginated()) {
            request.pageToken(requests.initialPageToken(message));
        }
        SinchApiClient client = endpoint.client();
        ApiRequest call = RequestFactory.build(request);
        ApiResponse response = client.execute(call);
        message.setHeader(SinchProvisioningConstants.HTTP_STATUS, response.statusCode());
        message.setHeader(SinchProvisioningConstants.CALLED_OPERATION, op.uriPath());
        message.setBody(read(op, message, client, call, response));
        // Only once the body is read: an unreadable one is a failure whose exception counts the attempts.
        message.setHeader(SinchProvisioningConstants.ATTEMPTS, response.attempts());
    }

    /** The typed model (or raw JSON text) of a body, with a list's page headers; null when there is no body. */
    private Object read(ApiOperation op, Message message, SinchApiClient client, ApiRequest call,
                        ApiResponse response) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return null;
        }
        boolean raw = configuration.isRawJson() || op.responseType() == null;
        if (!op.isPaginated()) {
            return raw ? new String(bytes, StandardCharsets.UTF_8)
                    : ResponseJson.model(client, call, response, op.responseType());
        }
        if (!raw && ListPage.class.isAssignableFrom(op.responseType())) {
            // Straight into the model, which carries the paging fields: no tree of the page on the way.
            ListPage page = (ListPage) ResponseJson.model(client, call, response, op.responseType());
            BigDecimal total = page.getTotalSize();
            setPageHeaders(message, page.getNextPageToken(), total == null ? null : total.longValue(), 1);
            return page;
        }
        JsonNode page = ResponseJson.tree(client, call, response);
        setPageHeaders(message, page, 1);
        return raw ? page.toString()
                : ResponseJson.model(client, call, response.statusCode(), response.attempts(), page, op.responseType());
    }

    private void callAllPages(ApiOperation op, Message message) {
        OperationRequest request = requests.create(op, message, true);
        SinchApiClient client = endpoint.client();
        // The first page's request is built before anything is sent: a bad message fails without a call.
        PageCollector.Result result = PageCollector.collect(op, client,
                token -> RequestFactory.build(request.pageToken(token)), requests.initialPageToken(message),
                configuration.getMaxPages(), configuration.getMaxItems(), attempts -> addAttempts(message, attempts));
        message.setHeader(SinchProvisioningConstants.HTTP_STATUS, result.lastStatus());
        message.setHeader(SinchProvisioningConstants.CALLED_OPERATION, op.uriPath());
        setPageHeaders(message, result.page(), result.pages());
        message.setHeader(SinchProvisioningConstants.TRUNCATED, result.truncated());
        boolean raw = configuration.isRawJson() || op.responseType() == null;
        // The pages' attempts are in the header already: an error about the merged page adds none.
        message.setBody(raw ? result.page().toString() : ResponseJson.model(client, result.lastCall(),
                result.lastStatus(), 0, result.page(), op.responseType()));
    }

    private static void addAttempts(Message message, int attempts) {
        message.setHeader(SinchProvisioningConstants.ATTEMPTS,
                message.getHeader(SinchProvisioningConstants.ATTEMPTS, 0, Integer.class) + attempts);
    }

    private static void setPageHeaders(Message message, JsonNode page, int pages) {
        JsonNode total = page.path("totalSize");
        setPageHeaders(message, page.path("nextPageToken").asText(""), total.isNumber() ? total.asLong() : null,
                pages);
    }

    private static void setPageHeaders(Message message, String next, Long total, int pages) {
        if (next != null && !next.isEmpty()) {
            message.setHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN, next);
        }
        if (total != null) {
            message.setHeader(SinchProvisioningConstants.TOTAL_SIZE, total);
        }
        message.setHeader(SinchProvisioningConstants.PAGE_COUNT, pages);
    }

    /** Output headers of an earlier call on the same message would otherwise survive and mislead. */
    private static void clearOutputHeaders(Message message) {
        message.removeHeader(SinchProvisioningConstants.NEXT_PAGE_TOKEN);
        message.removeHeader(SinchProvisioningConstants.TOTAL_SIZE);
        message.removeHeader(SinchProvisioningConstants.PAGE_COUNT);
        message.removeHeader(SinchProvisioningConstants.TRUNCATED);
    }
}
