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
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.request.OperationRequest;

import java.util.List;
import java.util.Set;

/**
 * What the planner and the executor need to know about one kind of declared resource: how it is declared, who it is,
 * what of it is compared, which changes the API refuses in which state, and the calls that create, change and
 * delete it. One implementation per apply operation; each is stateless.
 */
abstract class ResourceRules {

    private final String api;
    private final Class<?> declarationType;

    /** @param declarationType the contract schema a declaration is checked against (the create operation's body) */
    ResourceRules(String api, Class<?> declarationType) {
        this.api = api;
        this.declarationType = declarationType;
    }

    /** The api, e.g. {@code whatsapp-templates}. */
    final String api() {
        return api;
    }

    /** The contract schema a declaration is checked against (the create operation's body). */
    final Class<?> declarationType() {
        return declarationType;
    }

    /** Top-level fields of a declaration that are not sent (e.g. KakaoTalk's {@code templateCode}). */
    Set<String> reservedFields() {
        return Set.of();
    }

    /** Who a declaration is: unique within one apply, and what the plan shows. */
    abstract String identity(ObjectNode declared);

    /** The key a declaration is matched with. */
    String matchKey(ObjectNode declared) {
        return identity(declared);
    }

    /** The keys a resource of the project can be matched by (KakaoTalk: its code and its name). */
    List<String> matchKeys(ObjectNode remote) {
        return List.of(identityOfRemote(remote));
    }

    /** Who a resource of the project is, as the plan shows it. */
    abstract String identityOfRemote(ObjectNode remote);

    /** The API's id of a resource of the project (webhook id, template code); null when the identity is the id. */
    String resourceId(ObjectNode remote) {
        return null;
    }

    /** A declaration without a matching resource: CREATE, or CANNOT_APPLY when it cannot be created as declared. */
    Comparison missing(ObjectNode declared) {
        return new Comparison(ActionType.CREATE, List.of(), null);
    }

    /** A declaration and its resource: UNCHANGED, UPDATE with the differing fields, or CANNOT_APPLY with why. */
    abstract Comparison compare(ObjectNode declared, ObjectNode remote);

    /** The list operation that says what exists. */
    final ApiOperation listOperation() {
        return operation("list");
    }

    /** The create call: every kind sends the declaration as it is, less its {@link #reservedFields()}. */
    final ApiRequest create(Scope scope, ObjectNode declared) {
        return request("create", scope).body(body(declared)).build();
    }

    abstract ApiRequest update(Scope scope, ObjectNode declared, ObjectNode remote, List<String> changedFields);

    abstract ApiRequest delete(Scope scope, ObjectNode remote);

    /** The id of a resource the create call answered (webhook id, template code); null when there is none. */
    String createdId(ObjectNode created) {
        return created == null ? null : resourceId(created);
    }

    final ApiOperation operation(String name) {
        return OperationCatalog.get().require(api, name);
    }

    /** A request of {@code operation} in the scope: projectId (and plusFriendId) set. */
    final OperationRequest request(String operation, Scope scope) {
        return OperationRequest.of(operation(operation)).set("projectId", scope.projectId())
                .set("plusFriendId", scope.plusFriendId());
    }

    /** The declaration without its reserved fields, as JSON bytes. */
    final byte[] body(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove(reservedFields());
        try {
            return ModelJson.mapper().writeValueAsBytes(copy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a request body of " + api, e);
        }
    }

    /** The declared {@code status}, else SUBMIT: an apply submits what it changes, as create does by default. */
    static String submitStatus(ObjectNode declared) {
        return declared.path("status").isTextual() ? declared.get("status").asText() : "SUBMIT";
    }
}
