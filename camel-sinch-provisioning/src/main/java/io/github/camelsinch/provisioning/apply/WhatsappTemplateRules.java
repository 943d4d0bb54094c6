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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.model.WhatsappTemplateInputDto;

import java.util.List;
import java.util.Set;

/**
 * WhatsApp templates: identity {@code name/language}; compared: {@code category} and {@code details}; the request
 * flags ({@code status}, {@code saveDraftOnFailure}, {@code allowCategoryChange}) are not. The contract's rules: an
 * edit is accepted for a draft or an approved, rejected, paused or disabled template, so not while a template is in
 * review (state PENDING, or a change IN_PROGRESS); the category changes only for a draft or an INCORRECT_CATEGORY
 * rejection.
 */
final class WhatsappTemplateRules extends ResourceRules {

    private static final String BID_STRATEGY_PREFIX = "BID_STRATEGY_";

    WhatsappTemplateRules() {
        super("whatsapp-templates", WhatsappTemplateInputDto.class);
    }

    @Override
    String identity(ObjectNode declared) {
        return declared.path("name").asText() + "/" + declared.path("language").asText();
    }

    @Override
    String identityOfRemote(ObjectNode remote) {
        return identity(remote); // the same fields name a remote resource and a declaration
    }

    @Override
    Comparison compare(ObjectNode declared, ObjectNode remote) {
        ObjectNode current = remote.objectNode();
        current.set("category", remote.get("category"));
        current.set("details", CurrentContent.details(remote));
        List<String> fields = FieldDiff.differences(compared(declared), current, Set.of());
        String state = CurrentContent.state(remote);
        String pending = CurrentContent.pendingStatus(remote);
        if (fields.isEmpty()) {
            if ("REJECTED".equals(pending) || "REJECTED".equals(state) && pending == null) {
                return Comparison.cannotApply("the declared content was rejected (" + rejection(remote)
                        + "): change the declaration to submit it again");
            }
            return Comparison.unchanged();
        }
        if ("PENDING".equals(state) || "IN_PROGRESS".equals(pending)) {
            return Comparison.cannotApply("in review (" + ("PENDING".equals(state) ? "state PENDING"
                    : "changes.status IN_PROGRESS") + "): the API edits drafts and approved, rejected, paused or"
                    + " disabled templates only; apply again once reviewed. Differs: " + String.join(", ", fields));
        }
        boolean categoryMayChange = state == null
                || "REJECTED".equals(state) && "INCORRECT_CATEGORY".equals(remote.path("rejectionCode").asText());
        if (fields.contains("category") && !categoryMayChange) {
            return Comparison.cannotApply("the category of a submitted template cannot change (only a draft's or"
                    + " after an INCORRECT_CATEGORY rejection): it is " + remote.path("category").asText()
                    + "; declare that, or delete the template and declare a new name");
        }
        return Comparison.update(fields);
    }

    /** The compared part of a declaration, in the form the API answers (bid strategy with its response prefix). */
    private static ObjectNode compared(ObjectNode declared) {
        ObjectNode compared = declared.objectNode();
        if (declared.has("category")) {
            compared.set("category", declared.get("category"));
        }
        if (declared.has("details")) {
            JsonNode details = declared.get("details").deepCopy();
            JsonNode strategy = details.path("optimization").path("bidStrategy");
            if (strategy.isTextual() && !strategy.asText().startsWith(BID_STRATEGY_PREFIX)) {
                ((ObjectNode) details.get("optimization")).put("bidStrategy", BID_STRATEGY_PREFIX + strategy.asText());
            }
            compared.set("details", details);
        }
        return compared;
    }

    private static String rejection(ObjectNode remote) {
        JsonNode code = remote.path("rejectionCode");
        return code.isTextual() ? "rejectionCode " + code.asText() : "rejected";
    }

    @Override
    ApiRequest update(Scope scope, ObjectNode declared, ObjectNode remote, List<String> changedFields) {
        ObjectNode patch = declared.objectNode();
        patch.put("status", submitStatus(declared));
        if (changedFields.contains("category")) {
            patch.set("category", declared.get("category"));
        }
        if (declared.has("allowCategoryChange")) {
            patch.set("allowCategoryChange", declared.get("allowCategoryChange"));
        }
        if (declared.has("details")) {
            patch.set("details", declared.get("details"));
        }
        return request("update", scope).setWire("templateName", List.of(remote.path("name").asText()))
                .setWire("languageCode", List.of(remote.path("language").asText()))
                .body(body(patch)).build();
    }

    /** {@code deleteSubmitted=true}: without it a submitted template is not deleted (409), only its draft. */
    @Override
    ApiRequest delete(Scope scope, ObjectNode remote) {
        return request("delete", scope).setWire("templateName", List.of(remote.path("name").asText()))
                .setWire("languageCode", List.of(remote.path("language").asText()))
                .set("deleteSubmitted", true).build();
    }
}
