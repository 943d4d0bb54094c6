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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;
import io.github.camelsinch.provisioning.simulator.state.ProjectState;
import io.github.camelsinch.provisioning.simulator.state.StoredResource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tag "Conversation": channel information of Conversation API apps. Apps come from finished bundles or from the
 * control API; channels (instagram, messenger, telegram, viber) are seeded through the control API with seed
 * options {@code appId} and {@code channel}.
 */
final class ConversationApi extends TagApi implements ResourceSeeder {

    /** Channel name to the operation whose documented body is the channel's default shape. */
    private static final Map<String, String> CHANNELS = Map.of(
            "instagram", "instagramcontroller_get_v1",
            "messenger", "messengercontroller_get_v1",
            "telegram", "telegramcontroller_get_v1",
            "viber", "vibercontroller_get_v1");
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    ConversationApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        CHANNELS.forEach((channel, operationId) -> routes.bind(operationId, c -> channel(c, channel)));
    }

    static String key(String appId, String channel) {
        return appId + "/" + channel;
    }

    private ServerResponse channel(Call c, String channel) {
        String appId = c.path("conversationAppId");
        // Viber documents no 400: a malformed id is simply not found there.
        if (!WELL_FORMED_ID.matcher(appId).matches() && !"viber".equals(channel)) {
            throw PapiErrors.invalid("conversation_app_id_invalid", List.of("conversationAppId is not valid"));
        }
        StoredResource found = c.project().find(ResourceKind.CONVERSATION_CHANNEL, key(appId, channel))
                .orElse(null);
        if (found == null && !c.project().hasConversationApp(appId)) {
            throw PapiErrors.notFound("conversation_app_not_found", "Conversation app not found.");
        }
        if (found == null) {
            throw PapiErrors.notFound("conversation_app_no_" + channel + "_channel",
                    "The Conversation app has no " + channel + " channel.");
        }
        return ok(found.json());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.CONVERSATION_CHANNEL;
    }

    @Override
    public ObjectNode defaults(ProjectState project, JsonNode options) {
        String channel = channelOf(options);
        ObjectNode json = template(CHANNELS.get(channel));
        if (!json.has("name")) {
            json.put("name", "Sinch");
        }
        return json;
    }

    private static String channelOf(JsonNode options) {
        String channel = options.path("channel").asText("telegram");
        if (!CHANNELS.containsKey(channel)) {
            throw new IllegalArgumentException("channel must be one of " + CHANNELS.keySet());
        }
        return channel;
    }

    @Override
    public String keyOf(ObjectNode json, JsonNode options) {
        if (!options.path("appId").isTextual()) {
            throw new IllegalArgumentException("appId is required to seed a conversation channel");
        }
        return key(options.path("appId").asText(), channelOf(options));
    }

    @Override
    public String initialStage() {
        return "PENDING";
    }

    @Override
    public void afterSeed(ProjectState project, StoredResource resource, JsonNode options) {
        project.addConversationApp(options.path("appId").asText());
    }
}
