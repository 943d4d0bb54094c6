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
package io.github.camelsinch.provisioning.tracking;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.model.BundlesBundlesDto;
import io.github.camelsinch.provisioning.model.ConversationInstagramInfoDto;
import io.github.camelsinch.provisioning.model.ConversationMessengerInfoDto;
import io.github.camelsinch.provisioning.model.ConversationTelegramBotInfoDto;
import io.github.camelsinch.provisioning.model.ConversationViberBotInfoDto;
import io.github.camelsinch.provisioning.model.KakaotalkSenderDto;
import io.github.camelsinch.provisioning.model.KakaotalkTemplateDto;
import io.github.camelsinch.provisioning.model.RcsSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappAccountDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.tracking.WatchedResource.IdSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations a consumer can watch, with the status fields the contract gives each resource: senders, templates
 * and the account have a {@code state} plus the {@code changes.status} of a pending change; bundles a
 * {@code state}; Conversation channels a {@code status}. A test checks every path against the contract.
 */
public final class WatchedResources {

    private static final List<String> STATE_AND_CHANGE = List.of("state", "changes.status");

    private static final Map<String, WatchedResource> TABLE = table(
            list("whatsapp-senders/list", WhatsappSenderDto.class, "senders", List.of("id"), STATE_AND_CHANGE,
                    "modified"),
            // A WhatsApp template has no id: it is one name in one language.
            list("whatsapp-templates/list", WhatsappTemplateDto.class, "templates", List.of("name", "language"),
                    STATE_AND_CHANGE, null),
            new WatchedResource("whatsapp-accounts/get", WhatsappAccountDto.class, null, IdSource.PROJECT_ID,
                    List.of(), STATE_AND_CHANGE, null),
            list("rcs-senders/list", RcsSenderDto.class, "senders", List.of("id"), List.of("state"), "modified"),
            // plusFriendId is the required identifier of a KakaoTalk sender; its id is optional in the contract.
            list("kakaotalk-senders/list", KakaotalkSenderDto.class, "senders", List.of("plusFriendId"),
                    STATE_AND_CHANGE, "modified"),
            list("kakaotalk-templates/list", KakaotalkTemplateDto.class, "templates", List.of("code"),
                    STATE_AND_CHANGE, "modified"),
            list("bundles/list", BundlesBundlesDto.class, "bundles", List.of("id"), List.of("state"), null),
            channel("conversation/getInstagram", ConversationInstagramInfoDto.class),
            channel("conversation/getMessenger", ConversationMessengerInfoDto.class),
            channel("conversation/getTelegram", ConversationTelegramBotInfoDto.class),
            channel("conversation/getViber", ConversationViberBotInfoDto.class));

    private WatchedResources() {
    }

    public static Optional<WatchedResource> find(String uriPath) {
        return Optional.ofNullable(TABLE.get(uriPath));
    }

    /** The watched resource of an operation, or an error naming the operations a consumer can watch. */
    public static WatchedResource require(ApiOperation operation) {
        return find(operation.uriPath()).orElseThrow(() -> new IllegalArgumentException(
                "sinch-prov:" + operation.uriPath() + " cannot be used as a consumer: it is not a watchable operation."
                        + " Watchable operations: " + String.join(", ", TABLE.keySet())));
    }

    public static Set<String> uriPaths() {
        return TABLE.keySet();
    }

    public static List<WatchedResource> all() {
        return List.copyOf(TABLE.values());
    }

    private static WatchedResource list(String uriPath, Class<?> type, String itemsField, List<String> idFields,
                                        List<String> statusFields, String modifiedField) {
        return new WatchedResource(uriPath, type, itemsField, IdSource.ITEM_FIELDS, idFields, statusFields,
                modifiedField);
    }

    private static WatchedResource channel(String uriPath, Class<?> type) {
        return new WatchedResource(uriPath, type, null, IdSource.CONVERSATION_APP_ID, List.of(), List.of("status"),
                null);
    }

    private static Map<String, WatchedResource> table(WatchedResource... resources) {
        Map<String, WatchedResource> table = new LinkedHashMap<>();
        for (WatchedResource r : resources) {
            table.put(r.uriPath(), r);
        }
        return java.util.Collections.unmodifiableMap(table);
    }
}
