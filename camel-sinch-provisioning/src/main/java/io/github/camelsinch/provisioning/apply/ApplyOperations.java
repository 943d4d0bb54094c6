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

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The apply operations: {@code sinch-prov:whatsapp-templates/apply}, {@code sinch-prov:kakaotalk-templates/apply}
 * and {@code sinch-prov:webhooks/apply}. They are not operations of the contract (whose
 * {@code whatsapp-templates/sync} means something else), so they live here, next to the generated catalogue, as
 * descriptors of the same type: the endpoint checks their options (projectId, and plusFriendId for KakaoTalk) as it
 * checks any operation's.
 */
public final class ApplyOperations {

    /** The operation name of every apply operation. */
    public static final String APPLY = "apply";

    private static final Map<String, ResourceRules> RULES = rules();
    private static final Map<String, ApiOperation> OPERATIONS = operations();

    private ApplyOperations() {
    }

    /** The apply operation of an api, if it has one. */
    public static Optional<ApiOperation> find(String api, String name) {
        return APPLY.equals(name) ? Optional.ofNullable(OPERATIONS.get(api)) : Optional.empty();
    }

    /** True for the descriptor of an apply operation. */
    public static boolean isApply(ApiOperation operation) {
        return operation != null && OPERATIONS.get(operation.api()) == operation;
    }

    /** The apply operations' URIs, e.g. {@code sinch-prov:webhooks/apply}, for messages that list what is valid. */
    public static List<String> uris() {
        return OPERATIONS.values().stream().map(op -> "sinch-prov:" + op.uriPath()).toList();
    }

    static ResourceRules rules(ApiOperation operation) {
        return RULES.get(operation.api());
    }

    private static Map<String, ResourceRules> rules() {
        Map<String, ResourceRules> rules = new LinkedHashMap<>();
        for (ResourceRules r : List.of(new WhatsappTemplateRules(), new KakaotalkTemplateRules(), new WebhookRules())) {
            rules.put(r.api(), r);
        }
        return Map.copyOf(rules);
    }

    private static Map<String, ApiOperation> operations() {
        Map<String, ApiOperation> ops = new LinkedHashMap<>();
        for (String api : List.of("whatsapp-templates", "kakaotalk-templates", "webhooks")) {
            ApiOperation list = OperationCatalog.get().require(api, "list");
            ApiOperation.Builder apply = ApiOperation.builder(api, APPLY)
                    .operationId("sinch-prov:" + api + "/" + APPLY)
                    .method("POST")
                    .path(list.pathTemplate())
                    .summary("Plan and apply a desired state of " + api)
                    .description("Makes the project's " + api + " match the declarations in the body: create,"
                            + " update, and with prune delete; dryRun plans only. See docs/templates-as-code.md.")
                    .response(200, ApplyResult.class);
            // The scope of the listing is the scope of the apply: projectId, and the sender for KakaoTalk.
            for (String scope : List.of("projectId", "plusFriendId")) {
                list.parameter(scope).ifPresent(apply::parameter);
            }
            ops.put(api, apply.build());
        }
        return java.util.Collections.unmodifiableMap(ops);
    }
}
