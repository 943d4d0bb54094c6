package io.github.camelsinch.provisioning.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.client.SinchApiException;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookInputDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookListDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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
        ApiResponse created = client.execute(request("create", null, json(input)));
        String id = read(created, WebhookWebhookDto.class).getId();
        LOG.info("Registered Sinch webhook {} for {} with triggers {}", id, target, triggers);
        return new Registration(id, true);
    }

    /** Deletes the registration; one that is already gone is fine. */
    void unregister(String webhookId) {
        try {
            client.execute(request("delete", webhookId, null));
            LOG.info("Deleted Sinch webhook {} for {}", webhookId, target);
        } catch (SinchApiException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
        }
    }

    private String findByTarget() {
        String pageToken = null;
        do {
            ApiRequest.Builder list = builder(operation("list")).pathParameter("projectId", projectId)
                    .queryParameter("pageSize", "15"); // the API's maximum, and the most webhooks a project has
            if (pageToken != null) {
                list.queryParameter("pageToken", pageToken);
            }
            WebhookWebhookListDto page = read(client.execute(list.build()), WebhookWebhookListDto.class);
            if (page.getWebhooks() != null) {
                for (WebhookWebhookDto webhook : page.getWebhooks()) {
                    if (target.equals(webhook.getTarget())) {
                        return webhook.getId();
                    }
                }
            }
            pageToken = page.getNextPageToken() == null || page.getNextPageToken().isBlank()
                    ? null : page.getNextPageToken();
        } while (pageToken != null);
        return null;
    }

    private ApiRequest request(String operationName, String webhookId, byte[] body) {
        ApiRequest.Builder request = builder(operation(operationName)).pathParameter("projectId", projectId);
        if (webhookId != null) {
            request.pathParameter("webhookId", webhookId);
        }
        if (body != null) {
            request.body(body);
        }
        return request.build();
    }

    private static ApiOperation operation(String name) {
        return OperationCatalog.get().require("webhooks", name);
    }

    private static ApiRequest.Builder builder(ApiOperation op) {
        return ApiRequest.builder(op.operationId(), op.method(), op.pathTemplate());
    }

    private static byte[] json(Object model) {
        try {
            return ModelJson.mapper().writeValueAsBytes(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the webhook registration", e);
        }
    }

    private static <T> T read(ApiResponse response, Class<T> type) {
        try {
            return ModelJson.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            // The location only: the body of a webhook response may hold the target URL, never more.
            throw new IllegalStateException("Cannot read the " + type.getSimpleName() + " the API answered ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
