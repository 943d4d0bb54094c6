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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.tracking.ConsumerState;
import io.github.camelsinch.provisioning.tracking.WatchedResource;
import org.apache.camel.spi.StateRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The targets of a consumer and their state scopes. A scope is the operation plus every parameter that selects
 * what is listed (projectId, plusFriendId, filters; not pageSize or pageToken) plus the {@code stateKey}, so two
 * consumers sharing one repository never read each other's state. Each Conversation app is a scope of its own:
 * adding an app id to the list gives that app a fresh baseline and leaves the others' state as it is.
 */
final class PollTargets {

    private static final Set<String> NOT_IN_SCOPE = Set.of("pageSize", "pageToken", "conversationAppId");

    private PollTargets() {
    }

    static List<PollTarget> of(WatchedResource resource, ApiOperation operation,
                               SinchProvisioningApiParameters options, String projectId, String stateKey,
                               StateRepository<String, String> repository) {
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("sinch-prov:" + operation.uriPath()
                    + " as a consumer needs the projectId option (on the component or the endpoint)");
        }
        Map<String, String> scope = new LinkedHashMap<>();
        for (OperationParameter p : operation.parameters()) {
            Object value = p.name().equals("projectId") ? projectId : options.get(p.name());
            if (value != null && !NOT_IN_SCOPE.contains(p.name())) {
                scope.put(p.name(), String.valueOf(value));
            }
        }
        return switch (resource.idSource()) {
            case ITEM_FIELDS -> List.of(target(repository, stateKey, operation, scope, null, Map.of()));
            case PROJECT_ID -> List.of(target(repository, stateKey, operation, scope, projectId, Map.of()));
            case CONVERSATION_APP_ID -> conversationTargets(repository, stateKey, operation, options, scope);
        };
    }

    private static List<PollTarget> conversationTargets(StateRepository<String, String> repository, String stateKey,
                                                        ApiOperation operation,
                                                        SinchProvisioningApiParameters options,
                                                        Map<String, String> scope) {
        Set<String> appIds = new LinkedHashSet<>();
        String option = options.getConversationAppId();
        if (option != null) {
            for (String id : option.split(",")) {
                if (!id.isBlank()) {
                    appIds.add(id.trim());
                }
            }
        }
        if (appIds.isEmpty()) {
            throw new IllegalArgumentException("sinch-prov:" + operation.uriPath() + " as a consumer needs the"
                    + " conversationAppId option: one Conversation app id or a comma separated list");
        }
        List<PollTarget> targets = new ArrayList<>();
        for (String appId : appIds) {
            Map<String, String> appScope = new LinkedHashMap<>(scope);
            appScope.put("conversationAppId", appId);
            targets.add(target(repository, stateKey, operation, appScope, appId, Map.of("conversationAppId", appId)));
        }
        return targets;
    }

    private static PollTarget target(StateRepository<String, String> repository, String stateKey,
                                     ApiOperation operation, Map<String, String> scope, String fixedId,
                                     Map<String, String> pathParameters) {
        ConsumerState state = new ConsumerState(repository, ConsumerState.describe(stateKey, operation.uriPath(),
                scope));
        return new PollTarget(state, fixedId, pathParameters);
    }
}
