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

import io.github.camelsinch.provisioning.tracking.WatchedResource;
import io.github.camelsinch.provisioning.tracking.WatchedResources;

import java.util.Optional;
import java.util.Set;

/**
 * Which resource a callback is about, from its trigger. Triggers are named {@code <KIND>_<EVENT>}
 * ({@code WHATSAPP_TEMPLATE_APPROVED}), so the prefix tells the kind; the contract's callbacks give each kind its
 * payload schema, and for every kind the poll can watch that is the model the poll emits, so the body type comes
 * from {@link WatchedResources}. {@code CallbackResourceKindTest} checks this table against the contract's
 * callbacks and trigger enum.
 */
enum CallbackResourceKind {

    WHATSAPP_SENDER("WHATSAPP_SENDER_", "whatsapp-senders", "whatsapp-senders/list"), WHATSAPP_TEMPLATE(
            "WHATSAPP_TEMPLATE_", "whatsapp-templates", "whatsapp-templates/list"), WHATSAPP_ACCOUNT(
                    "WHATSAPP_ACCOUNT_", "whatsapp-accounts", "whatsapp-accounts/get"),
    // WHATSAPP_WABA_ACCOUNT_CHANGED: the account's WABA details changed; its payload is the account.
    WHATSAPP_WABA_ACCOUNT("WHATSAPP_WABA_ACCOUNT_", "whatsapp-accounts",
            "whatsapp-accounts/get"), RCS_SENDER("RCS_SENDER_", "rcs-senders", "rcs-senders/list"),
    // RCS_ACCOUNT_COMMENT_ADDED carries a comment and no payload; the account is not a watchable resource.
    RCS_ACCOUNT("RCS_ACCOUNT_", "rcs-accounts", null), KAKAOTALK_SENDER("KAKAOTALK_SENDER_", "kakaotalk-senders",
            "kakaotalk-senders/list"), KAKAOTALK_TEMPLATE("KAKAOTALK_TEMPLATE_", "kakaotalk-templates",
                    "kakaotalk-templates/list"), BUNDLE("BUNDLE_", "bundles", "bundles/list");

    /**
     * Triggers that report a status (state or pending-change status) reaching a value: when the state they report
     * was already delivered, the callback is a duplicate of that delivery and carries its key. Every other trigger
     * (comments, quality, category, limits, deletions, and triggers newer than this list) is an event of its own.
     */
    private static final Set<String> STATUS_TRIGGERS = Set.of(
            "WHATSAPP_SENDER_ACTIVE", "WHATSAPP_SENDER_ERROR", "WHATSAPP_SENDER_INACTIVE",
            "WHATSAPP_SENDER_PENDING_VERIFICATION", "WHATSAPP_SENDER_REJECTED",
            "WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_REJECTED", "WHATSAPP_TEMPLATE_STATUS_UPDATED",
            "WHATSAPP_ACCOUNT_ONBOARDED", "WHATSAPP_ACCOUNT_PENDING_VERIFICATION", "WHATSAPP_ACCOUNT_REJECTED",
            "RCS_SENDER_STATUS_UPDATED",
            "KAKAOTALK_SENDER_ACTIVE", "KAKAOTALK_SENDER_INACTIVE", "KAKAOTALK_SENDER_REJECTED",
            "KAKAOTALK_TEMPLATE_APPROVED", "KAKAOTALK_TEMPLATE_REJECTED",
            "BUNDLE_DONE");

    private final String prefix;
    private final String api;
    private final String watchedOperation;

    CallbackResourceKind(String prefix, String api, String watchedOperation) {
        this.prefix = prefix;
        this.api = api;
        this.watchedOperation = watchedOperation;
    }

    /** The kind of a trigger; empty for a trigger of a kind this version does not know. */
    static Optional<CallbackResourceKind> of(String trigger) {
        CallbackResourceKind best = null;
        for (CallbackResourceKind kind : values()) {
            // Longest prefix wins, should a future kind's prefix extend another's.
            if (trigger.startsWith(kind.prefix) && (best == null || kind.prefix.length() > best.prefix.length())) {
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean isStatusTrigger(String trigger) {
        return STATUS_TRIGGERS.contains(trigger);
    }

    /** A deletion: the poll would report the resource as REMOVED once it is missing from the listing. */
    static boolean isRemovalTrigger(String trigger) {
        return trigger.endsWith("_DELETED");
    }

    /** The api name, as in CamelSinchProvApi and the endpoint URIs. */
    String api() {
        return api;
    }

    /** The operation a poll watches for this kind; empty when no poll can watch it. */
    Optional<String> watchedOperation() {
        return Optional.ofNullable(watchedOperation);
    }

    /** The model of the payload: the body type the poll emits for this kind; empty when there is no payload. */
    Optional<Class<?>> modelType() {
        return watchedOperation().flatMap(WatchedResources::find).map(WatchedResource::itemType);
    }
}
