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

import io.github.camelsinch.provisioning.model.WhatsappTemplateInputDto;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declarations from a folder, from JSON text, from models and Maps; bad ones; the options of the apply URIs. */
class DeclarationsAndOptionsTest extends ApplyTestSupport {

    private static final String APPLY = "sinch-prov:whatsapp-templates/apply";

    @TempDir
    Path folder;

    private static final String ORDER_JSON = """
            {"name": "order_shipped", "language": "EN", "category": "UTILITY",
             "details": {"components": [{"type": "BODY", "text": "Your order has shipped"}]}}
            """;
    private static final String PAYMENT_YAML = """
            name: payment_due
            language: EN
            category: UTILITY
            details:
              components:
                - type: BODY
                  text: Your payment is due
            """;

    @Test
    void aFolderOfJsonAndYamlFilesIsTheDesiredState() throws Exception {
        Files.writeString(folder.resolve("order_shipped.json"), ORDER_JSON);
        Files.createDirectories(folder.resolve("billing"));
        Files.writeString(folder.resolve("billing/payment_due.yaml"), PAYMENT_YAML);
        Files.writeString(folder.resolve("README.md"), "not a declaration");

        List<DesiredDocument> documents = DesiredStateFiles.read(folder);
        assertEquals(List.of("billing/payment_due.yaml", "order_shipped.json"),
                documents.stream().map(DesiredDocument::source).toList());

        ApplyResult result = result(apply(APPLY, documents));
        assertEquals(2, result.getCreated());
        assertEquals("billing/payment_due.yaml", result.getActions().stream()
                .filter(a -> a.getIdentity().equals("payment_due/EN")).findFirst().orElseThrow().getSource());

        // The folder itself (a Path body) reads the same way.
        assertTrue(result(apply(APPLY, folder)).isInSync());
    }

    @Test
    void aBadFileIsNamedWithItsFieldAndNothingIsSent() throws Exception {
        Files.writeString(folder.resolve("good.json"), ORDER_JSON);
        Files.writeString(folder.resolve("bad.yaml"), """
                name: payment_due
                language: EN
                category: UTILITIES
                details:
                  components:
                    - type: BODY
                      textt: typo
                """);
        SIM.control().clearRequests();

        Exchange exchange = template.request(APPLY, e -> e.getMessage().setBody(DesiredStateFiles.read(folder)));
        String message = exchange.getException().getMessage();
        assertTrue(message.startsWith("Invalid whatsapp-templates declaration in bad.yaml: "), message);
        assertTrue(message.contains("category: 'UTILITIES' is not a value of WhatsappTemplateInputCategoryEnum"),
                message);
        assertTrue(message.contains("details.components[0].textt: not a field of"), message);
        assertEquals(List.of(), apiRequests(), "nothing is sent when a declaration is bad");
    }

    @Test
    void missingRequiredFieldsAndWrongTypesAreNamedByPath() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DeclarationReader.read(ApplyOperations.rules(ApplyOperations.find("whatsapp-templates",
                        "apply").orElseThrow()), "[{\"name\": \"a_b\", \"language\": \"EN\"}]"));
        assertTrue(missing.getMessage().contains("body[0]: category: required by WhatsappTemplateInputDto"),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("details: required"), missing.getMessage());

        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> DeclarationReader.read(new WebhookRules(),
                        List.of(Map.of("target", "https://x", "secret", "hidden-value", "triggers", "ALL"))));
        assertTrue(wrongType.getMessage().contains("body[0]: triggers: has the wrong type"), wrongType.getMessage());
        assertFalse(wrongType.getMessage().contains("hidden-value"));

        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> DesiredStateFilesHelper.readBroken(folder));
        assertTrue(notJson.getMessage().startsWith("Invalid declaration in broken.json: not valid JSON (at line"),
                notJson.getMessage());
    }

    @Test
    void modelsMapsAndAJsonArrayAreDesiredStatesToo() throws Exception {
        WhatsappTemplateInputDto model = ModelJson.reader(WhatsappTemplateInputDto.class).readValue(ORDER_JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = ModelJson.mapper().readValue(ORDER_JSON.replace("order_shipped", "order_map"),
                Map.class);
        assertEquals(2, result(apply(APPLY + "?dryRun=true", List.of(model, map))).getCreated());
        assertEquals(1, result(apply(APPLY + "?dryRun=true", "[" + ORDER_JSON + "]")).getCreated());
        Exception single = template.request(APPLY, e -> e.getMessage().setBody(ORDER_JSON)).getException();
        assertTrue(single.getMessage().contains("JSON that is not an array"), single.getMessage());
    }

    @Test
    void twoDeclarationsOfOneTemplateAreRefusedNamingBoth() {
        Exception e = template.request(APPLY, x -> x.getMessage().setBody(List.of(
                new DesiredDocument("a.json", parse(ORDER_JSON)), new DesiredDocument("b.json", parse(ORDER_JSON)))))
                .getException();
        assertEquals("b.json and a.json both declare whatsapp-templates order_shipped/EN: one declaration per"
                + " resource", e.getMessage());
    }

    @Test
    void theApplyOptionsBelongToTheApplyOperationsOnly() {
        assertTrue(context.getEndpoint("sinch-prov:webhooks/apply?dryRun=true&prune=true").isSingleton());
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint("sinch-prov:webhooks/list?dryRun=true"));
        assertTrue(rootMessage(e).contains("Option(s) [dryRun] apply only to the apply operations"
                + " (sinch-prov:whatsapp-templates/apply, sinch-prov:kakaotalk-templates/apply,"
                + " sinch-prov:webhooks/apply), not to sinch-prov:webhooks/list"), rootMessage(e));
        Exception unknown = assertThrows(Exception.class, () -> context.getEndpoint("sinch-prov:webhooks/aply"));
        assertTrue(rootMessage(unknown).contains("sinch-prov:webhooks/apply"), rootMessage(unknown));
        Exception foreign = assertThrows(Exception.class,
                () -> context.getEndpoint("sinch-prov:whatsapp-templates/apply?pageSize=5"));
        assertTrue(rootMessage(foreign).contains("[pageSize] are not parameters of whatsapp-templates/apply"),
                rootMessage(foreign));
    }

    /** The messages of the exception and its causes (Camel wraps the component's in its own). */
    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A folder with a file that is not JSON. */
    private static final class DesiredStateFilesHelper {
        static List<DesiredDocument> readBroken(Path folder) throws Exception {
            Files.writeString(folder.resolve("broken.json"), "{\"name\": \"x\",, }");
            return DesiredStateFiles.read(folder);
        }
    }
}
