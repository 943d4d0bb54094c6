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
package io.github.camelsinch.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.WhatsappBodyComponentDto;
import io.github.camelsinch.provisioning.model.WhatsappButtonsComponentDto;
import io.github.camelsinch.provisioning.model.WhatsappConversationAppRegionsEnum;
import io.github.camelsinch.provisioning.model.WhatsappHeaderComponentDto;
import io.github.camelsinch.provisioning.model.WhatsappMediaHeaderComponentDto;
import io.github.camelsinch.provisioning.model.WhatsappQuickReplyButtonDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderStatesEnum;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDetailsDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateStatesEnum;
import io.github.camelsinch.provisioning.model.WhatsappTextHeaderComponentDto;
import io.github.camelsinch.provisioning.model.WhatsappUrlButtonDto;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.model.support.UnknownVariant;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models read what a newer API version sends (unknown fields, unknown enum values, unknown union variants) without
 * failing and without losing anything on the way back out; known variants still land in their concrete classes.
 */
class ModelToleranceTest extends StubbedApiTestSupport {

    private static final ObjectMapper JSON = ModelJson.mapper();

    /** Field order follows the contract, so a faithful round trip gives back the very same text. */
    private static final String SENDER = "{\"id\":\"s1\",\"state\":\"MIGRATING_TO_CLOUD\","
            + "\"details\":{\"displayName\":\"Shop\",\"vertical\":\"RETAIL\",\"aiPersona\":{\"tone\":\"friendly\","
            + "\"languages\":[\"en\",\"sv\"]}},"
            + "\"region\":\"EU\",\"conversationApiAppDetails\":{\"id\":\"app-1\",\"projectId\":\"p\","
            + "\"region\":\"EU\",\"tier\":\"GOLD\"},\"maxTps\":80.5,"
            + "\"compatibleRegions\":[\"eu\",\"moon\"],"
            + "\"futureFlag\":true,\"futureObject\":{\"nested\":{\"deep\":[1,2,{\"x\":null}]}},\"futureNumber\":12345678901234567890}";

    private static final String TEMPLATE = "{\"whatsappId\":\"tpl-1\",\"state\":\"APPROVED\",\"name\":\"order_update\","
            + "\"language\":\"EN_US\",\"category\":\"UTILITY\",\"details\":{\"components\":["
            + "{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\",\"examples\":[\"42\"]},"
            + "{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"examples\":[{\"url\":\"https://example.com/i.png\"}]},"
            + "{\"type\":\"HEADER\",\"format\":\"HOLOGRAM\",\"hologram\":{\"uri\":\"holo://x\",\"fps\":90}},"
            + "{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\",\"examples\":[\"42\"]},"
            + "{\"type\":\"BUTTONS\",\"buttons\":["
            + "{\"type\":\"URL\",\"text\":\"Track\",\"url\":\"https://example.com/t/{{1}}\",\"examples\":[\"42\"]},"
            + "{\"type\":\"QUICK_REPLY\",\"text\":\"Thanks\"},"
            + "{\"type\":\"TELEPORT\",\"text\":\"Beam me\",\"destination\":{\"planet\":\"Mars\"}}]},"
            + "{\"type\":\"INTERACTIVE_MAP\",\"mapId\":\"m-9\",\"pins\":[{\"lat\":59.3,\"lon\":18.1}],\"zoom\":12}"
            + "]}}";

    @Test
    void senderWithUnknownFieldsAndAnUnknownStateParses() throws Exception {
        WhatsappSenderDto sender = JSON.readValue(SENDER, WhatsappSenderDto.class);

        assertEquals("s1", sender.getId());
        assertEquals("MIGRATING_TO_CLOUD", sender.getState().value());
        assertEquals("MIGRATING_TO_CLOUD", sender.getState().toString());
        assertFalse(sender.getState().isKnown());
        assertFalse(WhatsappSenderStatesEnum.knownValues().contains(sender.getState()));
        assertEquals(WhatsappSenderStatesEnum.of("MIGRATING_TO_CLOUD"), sender.getState(), "unknown values compare");

        assertEquals(List.of("futureFlag", "futureObject", "futureNumber"),
                List.copyOf(sender.getAdditionalProperties().keySet()), "top-level unknown fields, in order");
        assertTrue(sender.getAdditionalProperties().get("futureFlag").booleanValue());
        assertEquals(JSON.readTree("{\"nested\":{\"deep\":[1,2,{\"x\":null}]}}"),
                sender.getAdditionalProperties().get("futureObject"));
        assertEquals("12345678901234567890", sender.getAdditionalProperties().get("futureNumber").asText());

        assertEquals("Shop", sender.getDetails().getDisplayName());
        assertEquals(JSON.readTree("{\"tone\":\"friendly\",\"languages\":[\"en\",\"sv\"]}"),
                sender.getDetails().getAdditionalProperties().get("aiPersona"), "nested unknown field");
        assertEquals("GOLD", sender.getConversationApiAppDetails().getAdditionalProperties().get("tier").asText());

        assertEquals(2, sender.getCompatibleRegions().size());
        assertSame(WhatsappConversationAppRegionsEnum.EU, sender.getCompatibleRegions().get(0));
        assertTrue(sender.getCompatibleRegions().get(0).isKnown());
        assertEquals("moon", sender.getCompatibleRegions().get(1).value());
        assertFalse(sender.getCompatibleRegions().get(1).isKnown());
    }

    @Test
    void senderSerializesBackWithEverythingItRead() throws Exception {
        WhatsappSenderDto sender = JSON.readValue(SENDER, WhatsappSenderDto.class);

        String written = JSON.writeValueAsString(sender);

        assertEquals(JSON.readTree(SENDER), JSON.readTree(written));
        assertEquals(SENDER, written, "same fields, same order, same values");
        assertEquals(sender, JSON.readValue(written, WhatsappSenderDto.class));
    }

    @Test
    void readModifyWriteKeepsTheUnknownFields() throws Exception {
        WhatsappSenderDto sender = JSON.readValue(SENDER, WhatsappSenderDto.class);
        sender.getDetails().setDisplayName("New shop");

        JsonNode written = JSON.readTree(JSON.writeValueAsString(sender));

        assertEquals("New shop", written.at("/details/displayName").asText());
        assertEquals("friendly", written.at("/details/aiPersona/tone").asText());
        assertEquals("MIGRATING_TO_CLOUD", written.get("state").asText());
        assertTrue(written.get("futureFlag").booleanValue());
        assertEquals("moon", written.at("/compatibleRegions/1").asText());
    }

    @Test
    void unknownStateFromTheApiReachesTheRoute() {
        server.enqueue("GET", "/v1/projects/" + PROJECT_ID + "/whatsapp/senders/s1", StubResponse.json(200, SENDER));

        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=s1", (Object) null);

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        WhatsappSenderDto sender = assertInstanceOf(WhatsappSenderDto.class, result.getMessage().getBody());
        assertFalse(sender.getState().isKnown());
        assertEquals("MIGRATING_TO_CLOUD", sender.getState().value());
        assertTrue(sender.getAdditionalProperties().containsKey("futureObject"));
    }

    @Test
    void knownValuesAreTheSharedConstants() throws Exception {
        WhatsappTemplateDto template = JSON.readValue(TEMPLATE, WhatsappTemplateDto.class);
        assertSame(WhatsappTemplateStatesEnum.APPROVED, template.getState());
        assertTrue(template.getState().isKnown());
        assertSame(WhatsappSenderStatesEnum.ACTIVE, WhatsappSenderStatesEnum.of("ACTIVE"));
    }

    @Test
    void templateWithUnknownVariantsParsesIntoTheUnknownClasses() throws Exception {
        WhatsappTemplateDto template = JSON.readValue(TEMPLATE, WhatsappTemplateDto.class);
        List<WhatsappTemplateDetailsDto.ComponentsItem> components = template.getDetails().getComponents();
        assertEquals(6, components.size());

        // HEADER with an unknown format: a header, but of a kind this version does not know.
        WhatsappHeaderComponentDto.Unknown hologram =
                assertInstanceOf(WhatsappHeaderComponentDto.Unknown.class, components.get(2));
        assertEquals(JSON.readTree("{\"type\":\"HEADER\",\"format\":\"HOLOGRAM\",\"hologram\":{\"uri\":\"holo://x\","
                + "\"fps\":90}}"), JSON.valueToTree(hologram.getAdditionalProperties()));

        // A component type this version does not know at all.
        WhatsappTemplateDetailsDto.ComponentsItem.Unknown map =
                assertInstanceOf(WhatsappTemplateDetailsDto.ComponentsItem.Unknown.class, components.get(5));
        assertEquals(List.of("type", "mapId", "pins", "zoom"), List.copyOf(map.getAdditionalProperties().keySet()));
        assertEquals("INTERACTIVE_MAP", map.getAdditionalProperties().get("type").asText());
        assertEquals(59.3, map.getAdditionalProperties().get("pins").get(0).get("lat").doubleValue());
        assertInstanceOf(UnknownVariant.class, map);

        // An unknown button inside a known BUTTONS component.
        WhatsappButtonsComponentDto buttons = assertInstanceOf(WhatsappButtonsComponentDto.class, components.get(4));
        WhatsappButtonsComponentDto.ButtonsItem.Unknown teleport =
                assertInstanceOf(WhatsappButtonsComponentDto.ButtonsItem.Unknown.class, buttons.getButtons().get(2));
        assertEquals("Mars", teleport.getAdditionalProperties().get("destination").get("planet").asText());
    }

    @Test
    void unknownVariantsSerializeBackIdentically() throws Exception {
        WhatsappTemplateDto template = JSON.readValue(TEMPLATE, WhatsappTemplateDto.class);

        String written = JSON.writeValueAsString(template);

        assertEquals(JSON.readTree(TEMPLATE), JSON.readTree(written));
        assertEquals(TEMPLATE, written);
        List<WhatsappTemplateDetailsDto.ComponentsItem> components = template.getDetails().getComponents();
        assertEquals(
                "{\"type\":\"INTERACTIVE_MAP\",\"mapId\":\"m-9\",\"pins\":[{\"lat\":59.3,\"lon\":18.1}],\"zoom\":12}",
                JSON.writeValueAsString(components.get(5)));
        assertEquals("{\"type\":\"HEADER\",\"format\":\"HOLOGRAM\",\"hologram\":{\"uri\":\"holo://x\",\"fps\":90}}",
                JSON.writeValueAsString(components.get(2)));
        assertEquals(template, JSON.readValue(written, WhatsappTemplateDto.class));
    }

    @Test
    void knownDiscriminatedVariantsParseIntoTheirConcreteClasses() throws Exception {
        WhatsappTemplateDto template = JSON.readValue(TEMPLATE, WhatsappTemplateDto.class);
        List<WhatsappTemplateDetailsDto.ComponentsItem> components = template.getDetails().getComponents();

        WhatsappTextHeaderComponentDto text = assertInstanceOf(WhatsappTextHeaderComponentDto.class, components.get(0));
        assertEquals("Order {{1}}", text.getText());
        assertEquals("TEXT", text.getFormat().value());
        assertTrue(text.getFormat().isKnown());
        assertInstanceOf(WhatsappHeaderComponentDto.class, text);

        WhatsappMediaHeaderComponentDto image =
                assertInstanceOf(WhatsappMediaHeaderComponentDto.class, components.get(1));
        assertEquals("IMAGE", image.getFormat().value());
        assertEquals("https://example.com/i.png", image.getExamples().get(0).getUrl());

        WhatsappBodyComponentDto body = assertInstanceOf(WhatsappBodyComponentDto.class, components.get(3));
        assertEquals("Your order {{1}} shipped", body.getText());

        WhatsappButtonsComponentDto buttons = assertInstanceOf(WhatsappButtonsComponentDto.class, components.get(4));
        assertEquals("BUTTONS", buttons.getType().value());
        WhatsappUrlButtonDto url = assertInstanceOf(WhatsappUrlButtonDto.class, buttons.getButtons().get(0));
        assertEquals("https://example.com/t/{{1}}", url.getUrl());
        assertEquals("Track", url.getText());
        WhatsappQuickReplyButtonDto reply =
                assertInstanceOf(WhatsappQuickReplyButtonDto.class, buttons.getButtons().get(1));
        assertEquals("Thanks", reply.getText());
        assertTrue(reply.getAdditionalProperties().isEmpty());
    }

    @Test
    void variantWithoutADiscriminatorIsKeptAsUnknown() throws Exception {
        String json = "{\"details\":{\"components\":[{\"text\":\"no type\"},{\"type\":7,\"text\":\"numeric type\"}]}}";

        WhatsappTemplateDto template = JSON.readValue(json, WhatsappTemplateDto.class);

        for (WhatsappTemplateDetailsDto.ComponentsItem item : template.getDetails().getComponents()) {
            assertInstanceOf(WhatsappTemplateDetailsDto.ComponentsItem.Unknown.class, item);
        }
        assertEquals(JSON.readTree(json), JSON.readTree(JSON.writeValueAsString(template)));
    }
}
