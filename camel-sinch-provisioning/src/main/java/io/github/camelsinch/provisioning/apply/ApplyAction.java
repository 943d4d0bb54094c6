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

import java.util.List;
import java.util.Objects;

/**
 * One line of a plan: a declared resource (or an undeclared one found in the project), what is to be done with it,
 * and once applied what became of it. Immutable; the executor makes a copy with the outcome.
 */
public final class ApplyAction {

    private final String api;
    private final String identity;
    private final ActionType type;
    private final List<String> changedFields;
    private final String reason;
    private final String source;
    private final String resourceId;
    private final ActionOutcome outcome;
    private final ApplyError error;

    ApplyAction(String api, String identity, ActionType type, List<String> changedFields, String reason,
                String source, String resourceId, ActionOutcome outcome, ApplyError error) {
        this.api = api;
        this.identity = identity;
        this.type = type;
        this.changedFields = List.copyOf(changedFields);
        this.reason = reason;
        this.source = source;
        this.resourceId = resourceId;
        this.outcome = outcome;
        this.error = error;
    }

    ApplyAction withOutcome(ActionOutcome newOutcome, ApplyError newError, String newResourceId) {
        return new ApplyAction(api, identity, type, changedFields, reason, source,
                newResourceId == null ? resourceId : newResourceId, newOutcome, newError);
    }

    /** The api of the resource, e.g. {@code whatsapp-templates}. */
    public String getApi() {
        return api;
    }

    /**
     * Who the resource is: {@code name/LANGUAGE} of a WhatsApp template, {@code plusFriendId/templateCode} (or
     * {@code plusFriendId/name:<name>} before the API assigned a code) of a KakaoTalk template, the target of a
     * webhook.
     */
    public String getIdentity() {
        return identity;
    }

    public ActionType getType() {
        return type;
    }

    /** UPDATE: the declared field paths that differ, e.g. {@code details.components[1].text}; else empty. */
    public List<String> getChangedFields() {
        return changedFields;
    }

    /** CANNOT_APPLY: why the API would refuse the change now; null otherwise. */
    public String getReason() {
        return reason;
    }

    /** Where the declaration came from (a file name, or {@code body[i]}); null for a resource nobody declared. */
    public String getSource() {
        return source;
    }

    /** The API's id of the resource (webhook id, KakaoTalk template code), once known; null for WhatsApp templates. */
    public String getResourceId() {
        return resourceId;
    }

    public ActionOutcome getOutcome() {
        return outcome;
    }

    /** FAILED: what the API answered; null otherwise. */
    public ApplyError getError() {
        return error;
    }

    /** True when the plan differs from the project for this resource (anything but UNCHANGED). */
    public boolean isDrift() {
        return type != ActionType.UNCHANGED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplyAction a && api.equals(a.api) && identity.equals(a.identity) && type == a.type
                && changedFields.equals(a.changedFields) && Objects.equals(reason, a.reason)
                && Objects.equals(source, a.source) && Objects.equals(resourceId, a.resourceId)
                && outcome == a.outcome && Objects.equals(error, a.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(api, identity, type, outcome);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(type.name()).append(' ').append(api).append(' ').append(identity);
        if (!changedFields.isEmpty()) {
            s.append(' ').append(changedFields);
        }
        if (reason != null) {
            s.append(": ").append(reason);
        }
        s.append(" -> ").append(outcome);
        if (error != null) {
            s.append(" (").append(error).append(')');
        }
        return s.toString();
    }
}
