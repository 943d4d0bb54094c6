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
package io.github.camelsinch.provisioning.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookInputDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.paging.PageWalker;
import io.github.camelsinch.provisioning.paging.WalkResult;
import io.github.camelsinch.provisioning.request.OperationRequest;
import io.github.camelsinch.provisioning.request.ResponseJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Registers the receiver's webhook with the Provisioning API through the endpoint's own client (same credentials,
 * retries and TLS as any sinch-prov call): {@code webhooks/list}, then either {@code webhooks/replace} of the
 * registration that already has our target URL, or {@code webhooks/create}. Replacing rather than comparing:
 * the API never returns a webhook's secret, so whether the registered one is ours cannot be checked, and a stale
 * secret would make every callback fail verification. Replace (PUT) is used rather than update (PATCH), which the
 * notes could not confirm for API 1.2.36.
 */
final class WebhookRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);

    /**
     * @param created false when an existing registration with the same target was reused
     */
    record Registration(String webhookId, boolean created) {
    }

    private final SinchApiClient client;
    private final String projectId;
    private final String target;
    private final String secret;
    private final List<WebhookWebhookTriggersEnum> triggers;

    WebhookRegistrar(SinchApiClient client, String projectId, String target, String secret,
                     List<WebhookWebhookTriggersEnum> triggers) {
        this.client = client;
        this.projectId = projectId;
        this.target = target;
        this.secret = secret;
        this.triggers = List.copyOf(triggers);
    }

    Registration register() {
        String existing = findByTarget();
        WebhookWebhookInputDto input = new WebhookWebhookInputDto().withTarget(target).withSecret(secret)
                .withTriggers(triggers);
        if (existing != null) {
            client.execute(request("replace", existing, json(input)));
            LOG.info("Reusing Sinch webhook {} for {}: triggers {} and secret set", existing, target, triggers);
            return new Registration(existing, false);
        }
        ApiRequest create = request("create", null, json(input));
        String id = ResponseJson.model(client, create, client.execute(create), WebhookWebhookDto.class).getId();
        LOG.info("Registered Sinch webhook {} for {} with triggers {}", id, target, triggers);
        return new Registration(id, true);
    }

    /** Deletes the registration; one that is already gone is fine. */
    void unregister(String webhookId) {
        try {
            client.execute(request("delete", webhookId, null));
            LOG.info("Deleted Sinch webhook {} for {}", webhookId, target);
        } catch (ApiCallException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
        }
    }

    /**
     * The id of the registration whose target is ours, or null. Read with the contract's largest page through
     * {@link PageWalker} (loop guard, malformed pages, the consumer's default caps), stopping at the first match.
     * A listing that ends any other way than complete or matched fails the registration: creating a webhook
     * without having seen them all could register a second one for the same target.
     */
    private String findByTarget() {
        ApiOperation list = operation("list");
        OperationRequest request = OperationRequest.of(list).set("projectId", projectId).largestPageUnlessSet();
        String[] match = new String[1];
        WalkResult walk = new PageWalker(list, client, PageWalker.DEFAULT_MAX_PAGES, PageWalker.DEFAULT_MAX_ITEMS)
                .walk(null, token -> request.pageToken(token).build(), () -> match[0] == null, page -> {
                    for (JsonNode webhook : page.items()) {
                        if (match[0] == null && target.equals(webhook.path("target").asText(null))) {
                            match[0] = idOf(list, webhook);
                        }
                    }
                }).orThrow();
        if (match[0] == null && walk.capped()) {
            throw new IllegalStateException(list.uriPath() + " did not end within " + walk.pages() + " pages ("
                    + walk.items() + " webhooks read, none with this route's target); a project has only a handful"
                    + " of webhooks, so the listing is not trusted and no webhook is registered");
        }
        return match[0];
    }

    /** Our registration without a usable id cannot be replaced, and creating another would duplicate it. */
    private static String idOf(ApiOperation list, JsonNode webhook) {
        JsonNode id = webhook.path("id");
        if (!id.isTextual() || id.textValue().isBlank()) {
            throw new IllegalStateException(list.uriPath() + " lists a webhook with this route's target but without"
                    + " an id; not registering a second one");
        }
        return id.textValue();
    }

    private ApiRequest request(String operationName, String webhookId, byte[] body) {
        return OperationRequest.of(operation(operationName)).set("projectId", projectId).set("webhookId", webhookId)
                .body(body).build();
    }

    private static ApiOperation operation(String name) {
        return OperationCatalog.get().require("webhooks", name);
    }

    private static byte[] json(Object model) {
        try {
            return ModelJson.mapper().writeValueAsBytes(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the webhook registration", e);
        }
    }
}
