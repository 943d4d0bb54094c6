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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningApiEndpoint;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.client.ApiCallException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The producer of the apply operations: reads and checks the declarations (nothing is sent when one is bad), lists
 * what exists, plans, and unless a dry run sends the writes. The body becomes the {@link ApplyResult}, its counts
 * the {@code CamelSinchProvApply*} headers. An API error of the listing fails the message (no plan without the
 * whole list); an error of a write is recorded on its action and the others are still sent.
 */
public class ApplyProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyProducer.class);

    private final SinchProvisioningApiEndpoint endpoint;
    private final ApiOperation operation;
    private final ResourceRules rules;

    public ApplyProducer(SinchProvisioningApiEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getApiOperation();
        this.rules = ApplyOperations.rules(operation);
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        SinchProvisioningApplyConfiguration options = endpoint.getApplyConfiguration();
        Boolean dryRunHeader = message.getHeader(SinchProvisioningConstants.APPLY_DRY_RUN, Boolean.class);
        boolean dryRun = dryRunHeader != null ? dryRunHeader : options.isDryRun();
        boolean prune = options.isPrune();
        Scope scope = scope(message);

        List<Declaration> desired = DeclarationReader.read(rules, desiredState(message));
        resolveSecrets(desired);
        if (prune && desired.isEmpty()) {
            throw new IllegalArgumentException("sinch-prov:" + operation.uriPath() + " with prune=true got an empty"
                    + " desired state, which would delete every " + rules.api() + " resource; refusing. Declare"
                    + " at least one, or turn prune off");
        }
        int[] attempts = {0};
        List<PlannedAction> plan;
        List<ApplyAction> actions;
        try {
            List<ObjectNode> current = CurrentState.list(rules, scope, endpoint.client(), a -> attempts[0] += a);
            plan = Planner.plan(rules, desired, current, prune);
            actions = dryRun ? plan.stream().map(PlannedAction::action).toList()
                    : PlanExecutor.execute(rules, scope, plan, endpoint.client(), a -> attempts[0] += a);
        } catch (SinchProvisioningException e) {
            throw e;
        } catch (ApiCallException e) {
            throw new SinchProvisioningException(e, attempts[0]);
        }
        ApplyResult result = new ApplyResult(rules.api(), dryRun, prune, actions, attempts[0]);
        LOG.debug("{}", result);
        setHeaders(message, result);
        message.setBody(result);
    }

    private Scope scope(Message message) {
        String projectId = header(message, SinchProvisioningConstants.PROJECT_ID,
                endpoint.getConfiguration().getProjectId());
        if (projectId == null) {
            throw new IllegalArgumentException("Missing projectId of sinch-prov:" + operation.uriPath()
                    + ": set the option projectId or the header " + SinchProvisioningConstants.PROJECT_ID);
        }
        if (operation.parameter("plusFriendId").isEmpty()) {
            return new Scope(projectId, null);
        }
        String sender = header(message, SinchProvisioningConstants.PLUS_FRIEND_ID,
                endpoint.getParameters().getPlusFriendId());
        if (sender == null) {
            throw new IllegalArgumentException("Missing plusFriendId of sinch-prov:" + operation.uriPath()
                    + " (the KakaoTalk sender whose templates are declared): set the option plusFriendId or the"
                    + " header " + SinchProvisioningConstants.PLUS_FRIEND_ID);
        }
        return new Scope(projectId, sender);
    }

    private static String header(Message message, String name, String fallback) {
        String value = message.getHeader(name, String.class);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A folder (a Path or File body) is read with {@link DesiredStateFiles}; a file body as its bytes. */
    private static Object desiredState(Message message) {
        Object body = message.getBody();
        Path path = body instanceof Path p ? p : body instanceof File f ? f.toPath() : null;
        if (path != null && Files.isDirectory(path)) {
            return DesiredStateFiles.read(path);
        }
        if (path != null || body instanceof WrappedFile<?>) {
            return message.getBody(byte[].class);
        }
        return body;
    }

    /**
     * A webhook's {@code secret} may be a property placeholder ({@code {{env:HOOK_SECRET}}}), so that the secret
     * stays out of the declarations in git; it is resolved here, when it is about to be sent.
     */
    private void resolveSecrets(List<Declaration> desired) {
        if (!(rules instanceof WebhookRules)) {
            return;
        }
        for (Declaration d : desired) {
            String secret = d.json().path("secret").asText("");
            if (secret.contains("{{")) {
                d.json().put("secret", endpoint.getCamelContext().resolvePropertyPlaceholders(secret));
            }
        }
    }

    private static void setHeaders(Message message, ApplyResult result) {
        message.setHeader(SinchProvisioningConstants.CALLED_OPERATION, result.getApi() + "/" + ApplyOperations.APPLY);
        message.setHeader(SinchProvisioningConstants.ATTEMPTS, result.getRequests());
        message.setHeader(SinchProvisioningConstants.APPLY_CREATED, result.getCreated());
        message.setHeader(SinchProvisioningConstants.APPLY_UPDATED, result.getUpdated());
        message.setHeader(SinchProvisioningConstants.APPLY_DELETED, result.getDeleted());
        message.setHeader(SinchProvisioningConstants.APPLY_UNCHANGED, result.getUnchanged());
        message.setHeader(SinchProvisioningConstants.APPLY_CANNOT_APPLY, result.getCannotApply());
        message.setHeader(SinchProvisioningConstants.APPLY_EXTRA, result.getExtra());
        message.setHeader(SinchProvisioningConstants.APPLY_FAILED, result.getFailed());
        message.setHeader(SinchProvisioningConstants.APPLY_DRIFT, result.getDrift());
    }
}
