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
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.model.WebhookWebhookInputDto;

import java.util.List;
import java.util.Set;

/**
 * Webhooks: identity {@code target}; compared: {@code triggers}, as a set (the API does not keep their order). The
 * {@code secret} is write-only (the API never returns it): it is sent when the webhook is created and never
 * compared, so it cannot show as drift; an apply does not send it again. Rotating it is a deliberate act:
 * {@code sinch-prov:webhooks/update} with the new secret (see docs/templates-as-code.md).
 */
final class WebhookRules extends ResourceRules {

    WebhookRules() {
        super("webhooks", WebhookWebhookInputDto.class);
    }

    @Override
    String identity(ObjectNode declared) {
        return declared.path("target").asText();
    }

    @Override
    String identityOfRemote(ObjectNode remote) {
        return identity(remote); // the same fields name a remote resource and a declaration
    }

    @Override
    String resourceId(ObjectNode remote) {
        return remote.path("id").asText(null);
    }

    @Override
    Comparison compare(ObjectNode declared, ObjectNode remote) {
        ObjectNode compared = declared.objectNode();
        compared.set("triggers", declared.get("triggers"));
        List<String> fields = FieldDiff.differences(compared, remote, Set.of("triggers"));
        return fields.isEmpty() ? Comparison.unchanged() : Comparison.update(fields);
    }

    /** PATCH with the triggers only: the target is the identity and the secret is not sent again. */
    @Override
    ApiRequest update(Scope scope, ObjectNode declared, ObjectNode remote, List<String> changedFields) {
        ObjectNode patch = declared.objectNode();
        patch.set("triggers", declared.get("triggers"));
        return request("update", scope).setWire("webhookId", List.of(remote.path("id").asText()))
                .body(body(patch)).build();
    }

    @Override
    ApiRequest delete(Scope scope, ObjectNode remote) {
        return request("delete", scope).setWire("webhookId", List.of(remote.path("id").asText())).build();
    }
}
