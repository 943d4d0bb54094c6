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
import io.github.camelsinch.provisioning.model.KakaotalkInputTemplateDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * KakaoTalk templates of one sender. The identity is the template code, which the API assigns on create: a
 * declaration may name it in the reserved field {@code templateCode}; one without a code is matched by
 * {@code details.name}, which the API keeps unique per sender (409 {@code template_exists}), so a template created by
 * an apply is found again by the next one. Compared: {@code details} ({@code buttons} as a set, they are
 * {@code uniqueItems}). The contract's rules: only approved or rejected templates, or draft or rejected changes, are
 * edited (409 {@code template_changes_not_updatable} while a change is IN_PROGRESS), and an update cannot change the
 * language (the update schema has none).
 */
final class KakaotalkTemplateRules extends ResourceRules {

    /** The reserved declaration field naming the template code. */
    static final String TEMPLATE_CODE = "templateCode";
    private static final String CODE_KEY = "code:";
    private static final String NAME_KEY = "name:";

    KakaotalkTemplateRules() {
        super("kakaotalk-templates", KakaotalkInputTemplateDto.class);
    }

    @Override
    Set<String> reservedFields() {
        return Set.of(TEMPLATE_CODE);
    }

    @Override
    String identity(ObjectNode declared) {
        String key = matchKey(declared);
        return key.startsWith(CODE_KEY) ? key.substring(CODE_KEY.length()) : key;
    }

    @Override
    String matchKey(ObjectNode declared) {
        return declared.path(TEMPLATE_CODE).isTextual() ? CODE_KEY + declared.get(TEMPLATE_CODE).asText()
                : NAME_KEY + declared.path("details").path("name").asText();
    }

    @Override
    List<String> matchKeys(ObjectNode remote) {
        List<String> keys = new ArrayList<>(List.of(CODE_KEY + remote.path("code").asText()));
        String name = CurrentContent.details(remote).path("name").asText("");
        if (!name.isEmpty()) {
            keys.add(NAME_KEY + name);
        }
        return keys;
    }

    @Override
    String identityOfRemote(ObjectNode remote) {
        return remote.path("code").asText();
    }

    @Override
    String resourceId(ObjectNode remote) {
        return remote.path("code").asText(null);
    }

    @Override
    Comparison missing(ObjectNode declared) {
        if (declared.path(TEMPLATE_CODE).isTextual()) {
            return Comparison.cannotApply("the sender has no template with code " + declared.get(TEMPLATE_CODE).asText()
                    + "; the API assigns codes on create: remove templateCode to create it");
        }
        return super.missing(declared);
    }

    @Override
    Comparison compare(ObjectNode declared, ObjectNode remote) {
        ObjectNode compared = declared.objectNode();
        compared.set("details", declared.get("details"));
        ObjectNode current = remote.objectNode();
        current.set("details", CurrentContent.details(remote));
        List<String> fields = FieldDiff.differences(compared, current, Set.of("details.buttons"));
        String state = CurrentContent.state(remote);
        String pending = CurrentContent.pendingStatus(remote);
        if (fields.isEmpty()) {
            if ("REJECTED".equals(pending) || "REJECTED".equals(state) && pending == null) {
                return Comparison.cannotApply("the declared content was rejected: change the declaration to submit"
                        + " it again");
            }
            return Comparison.unchanged();
        }
        if (fields.contains("details.language")) {
            return Comparison.cannotApply("the language cannot change by an update (it is "
                    + current.path("details").path("language").asText() + "): delete the template and declare a"
                    + " new one");
        }
        if ("IN_PROGRESS".equals(pending)) {
            return Comparison.cannotApply("in review (changes.status IN_PROGRESS): the API edits approved or"
                    + " rejected templates and draft or rejected changes only; apply again once reviewed. Differs: "
                    + String.join(", ", fields));
        }
        return Comparison.update(fields);
    }

    @Override
    ApiRequest update(Scope scope, ObjectNode declared, ObjectNode remote, List<String> changedFields) {
        ObjectNode patch = declared.objectNode();
        patch.put("status", submitStatus(declared));
        ObjectNode details = declared.get("details").deepCopy();
        details.remove("language");
        patch.set("details", details);
        return request("update", scope).setWire("templateCode", List.of(remote.path("code").asText()))
                .body(body(patch)).build();
    }

    @Override
    ApiRequest delete(Scope scope, ObjectNode remote) {
        return request("delete", scope).setWire("templateCode", List.of(remote.path("code").asText())).build();
    }
}
