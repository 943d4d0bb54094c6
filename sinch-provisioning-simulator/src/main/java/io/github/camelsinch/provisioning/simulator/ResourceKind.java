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
package io.github.camelsinch.provisioning.simulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of resources the simulator keeps per project. The slug names a kind in the control API
 * ({@code /_sim/projects/{projectId}/resources/{slug}}).
 */
public enum ResourceKind {

    WHATSAPP_ACCOUNT("whatsapp-account", "WhatsappAccountNotificationTypeEnum", "account_not_found"), WHATSAPP_SENDER(
            "whatsapp-sender", "WhatsappSenderNotificationTypeEnum",
            "sender_not_found"), WHATSAPP_TEMPLATE("whatsapp-template", "WhatsappTemplateNotificationTypeEnum",
                    "template_not_found"), WHATSAPP_SOLUTION("whatsapp-solution", null,
                            "solution_not_found"), WHATSAPP_FLOW("whatsapp-flow", null, "flow_not_found"), RCS_ACCOUNT(
                                    "rcs-account", null, "account_not_found"), RCS_SENDER("rcs-sender",
                                            "RcsSenderNotificationTypeEnum", "sender_not_found"), KAKAOTALK_SENDER(
                                                    "kakaotalk-sender", "KakaotalkSenderNotificationTypeEnum",
                                                    "sender_not_found"), KAKAOTALK_TEMPLATE("kakaotalk-template",
                                                            "KakaotalkTemplateNotificationTypeEnum",
                                                            "template_not_found"), WEBHOOK("webhook", null,
                                                                    "webhook_not_found"), BUNDLE("bundle", null,
                                                                            "bundle_not_found"), CONVERSATION_CHANNEL(
                                                                                    "conversation-channel", null,
                                                                                    "conversation_app_not_found");

    private final String slug;
    private final String notificationEnum;
    private final String notFoundCode;

    ResourceKind(String slug, String notificationEnum, String notFoundCode) {
        this.slug = slug;
        this.notificationEnum = notificationEnum;
        this.notFoundCode = notFoundCode;
    }

    /** The kind's name in control API paths, e.g. {@code whatsapp-sender}. */
    public String slug() {
        return slug;
    }

    /** The contract enum of activity types for this kind, or null when any type is recorded. */
    public String notificationEnum() {
        return notificationEnum;
    }

    /** The PAPI errorCode answered when a resource of this kind does not exist. */
    public String notFoundCode() {
        return notFoundCode;
    }

    public static Optional<ResourceKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
