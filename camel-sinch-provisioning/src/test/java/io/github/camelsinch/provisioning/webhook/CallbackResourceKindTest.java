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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.contract.ContractDocument;
import io.github.camelsinch.provisioning.model.BundlesBundlesDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import io.github.camelsinch.provisioning.model.WhatsappAccountDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger-to-resource table, checked against the contract's trigger enum and callback definitions. */
class CallbackResourceKindTest {

    @Test
    void everyTriggerOfTheContractHasAKind() {
        List<String> without = new ArrayList<>();
        for (WebhookWebhookTriggersEnum trigger : WebhookWebhookTriggersEnum.knownValues()) {
            if (!trigger.value().equals("ALL") && CallbackResourceKind.of(trigger.value()).isEmpty()) {
                without.add(trigger.value());
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void thePayloadModelOfEachKindIsTheOneTheContractsCallbacksReference() {
        int checked = 0;
        for (Map.Entry<String, String> callback : callbackPayloadSchemas().entrySet()) {
            CallbackResourceKind kind = CallbackResourceKind.of(callback.getKey()).orElseThrow(
                    () -> new AssertionError("no kind for " + callback.getKey()));
            assertEquals(Optional.of(callback.getValue()), kind.modelType().map(Class::getSimpleName),
                    callback.getKey());
            checked++;
        }
        assertTrue(checked >= 10, "callbacks with a payload in the contract: " + checked);
    }

    @Test
    void theKindsTheContractNamesOnlyInWordsMapAsItSays() {
        // WebhookCallbackEvent.payload x-payload-by-trigger: WHATSAPP_ACCOUNT_* -> WhatsappAccountDto, BUNDLE_DONE
        // -> BundlesBundlesDto, other triggers -> "the matching resource DTO" of their tag.
        JsonNode byTrigger = ContractDocument.get().root().at(
                "/components/schemas/WebhookCallbackEvent/properties/payload/x-payload-by-trigger");
        assertEquals("WhatsappAccountDto", byTrigger.path("WHATSAPP_ACCOUNT_*").asText());
        assertEquals(Optional.of(WhatsappAccountDto.class), model("WHATSAPP_ACCOUNT_ONBOARDED"));
        assertEquals(Optional.of(WhatsappAccountDto.class), model("WHATSAPP_WABA_ACCOUNT_CHANGED"));
        assertEquals("BundlesBundlesDto", byTrigger.path("BUNDLE_DONE").asText());
        assertEquals(Optional.of(BundlesBundlesDto.class), model("BUNDLE_DONE"));
        assertEquals(Optional.of(WhatsappSenderDto.class), model("WHATSAPP_SENDER_QUALITY_RATING_CHANGED"));
        assertEquals(Optional.of(WhatsappTemplateDto.class), model("WHATSAPP_TEMPLATE_CATEGORY_UPDATED"));
        assertEquals(Optional.empty(), model("RCS_ACCOUNT_COMMENT_ADDED"), "no payload");
        assertEquals(Optional.empty(), CallbackResourceKind.of("RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED"),
                "a kind newer than the contract is unknown, not guessed");
    }

    @Test
    void statusTriggersAreTriggersOfTheContract() {
        for (WebhookWebhookTriggersEnum trigger : WebhookWebhookTriggersEnum.knownValues()) {
            if (CallbackResourceKind.isStatusTrigger(trigger.value())) {
                assertFalse(trigger.value().contains("COMMENT"), trigger.value());
            }
        }
        assertTrue(CallbackResourceKind.isStatusTrigger("WHATSAPP_TEMPLATE_APPROVED"));
        assertFalse(CallbackResourceKind.isStatusTrigger("WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED"));
        assertTrue(CallbackResourceKind.isRemovalTrigger("WHATSAPP_TEMPLATE_DELETED"));
    }

    private static Optional<Class<?>> model(String trigger) {
        return CallbackResourceKind.of(trigger).flatMap(CallbackResourceKind::modelType);
    }

    /** Trigger -> payload schema name, from every callback of every operation of the contract. */
    private static Map<String, String> callbackPayloadSchemas() {
        Map<String, String> schemas = new java.util.TreeMap<>();
        ContractDocument contract = ContractDocument.get();
        for (JsonNode path : contract.root().path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode callback : operation.path("callbacks")) {
                    for (JsonNode expression : callback) {
                        for (JsonNode method : expression) {
                            JsonNode schema =
                                    contract.resolve(method.at("/requestBody/content/application~1json/schema"));
                            String trigger = trigger(schema);
                            String payload = payloadSchema(schema.path("properties").path("payload"));
                            if (trigger != null && payload != null) {
                                schemas.put(trigger, payload);
                            }
                        }
                    }
                }
            }
        }
        return schemas;
    }

    private static String trigger(JsonNode schema) {
        JsonNode typeEnum = schema.path("properties").path("type").path("enum");
        if (typeEnum.size() == 1) {
            return typeEnum.get(0).asText();
        }
        String description = schema.path("description").asText(""); // "KAKAOTALK_SENDER_ACTIVE event."
        return description.endsWith(" event.") ? description.substring(0, description.length() - 7) : null;
    }

    private static String payloadSchema(JsonNode payload) {
        String ref = payload.path("$ref").asText(null);
        if (ref == null) {
            for (Iterator<JsonNode> it = payload.path("allOf").elements(); it.hasNext();) {
                ref = it.next().path("$ref").asText(null);
            }
        }
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
