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
package io.github.camelsinch.provisioning.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the generator makes of a small contract of its own (src/test/resources/mini), one shape at a time. */
class GenerateSourcesTest {

    static final Path CONTRACT = Path.of("src/test/resources/mini/contract.yaml");
    static final Path OPERATIONS = Path.of("src/test/resources/mini/operations.tsv");
    private static final String MODEL = "io/github/camelsinch/provisioning/model/";
    private static final String CATALOG = "io/github/camelsinch/provisioning/catalog/";

    private static Map<String, String> files;

    @BeforeAll
    static void generate() throws IOException {
        files = GenerateSources.generate(CONTRACT, OPERATIONS);
    }

    private static String model(String name) {
        String text = files.get(MODEL + name + ".java");
        assertTrue(text != null, name + " was not generated; generated: " + files.keySet());
        return text;
    }

    @Test
    void oneFilePerTypeSchemaPlusCatalogueRulesAndOptionsEachMarked() {
        Set<String> expected = new TreeSet<>();
        for (String model : new String[] {"Pet", "PetKind", "PetState", "Food", "Kibble", "Fish", "Ball",
            "BallColourOnly",
            "Stick", "PetList"}) {
            expected.add(MODEL + model + ".java");
        }
        expected.add(CATALOG + "ContractOperations.java");
        expected.add(CATALOG + "ContractSchemaRules.java");
        expected.add("io/github/camelsinch/provisioning/SinchProvisioningApiParameters.java");
        // PetName is a plain string: an alias, no class of its own.
        assertEquals(expected, new TreeSet<>(files.keySet()));
        files.forEach((path, text) -> assertTrue(text.startsWith(GenerateSources.MARKER + "\n"), path));
    }

    @Test
    void modelFieldsFollowTheSchemaTypes() {
        String pet = model("Pet");
        assertTrue(pet.contains("public class Pet extends ModelObject {"), pet);
        for (String field : new String[] {"String name", "String nickname", "PetKind kind", "Owner owner",
            "List<String> tags", "Size size", "Food food", "BigDecimal weight", "Long age", "Boolean vaccinated",
            "Pet bestFriend"}) {
            assertTrue(pet.contains("    private " + field + ";"), field);
        }
        assertTrue(
                pet.contains("@JsonPropertyOrder({\"name\", \"nickname\", \"kind\", \"owner\", \"tags\", \"size\","));
        assertTrue(pet.contains("public Pet withName(String name) {"));
    }

    @Test
    void requiredAndNullablePropertiesAreDocumentedAndBothStayNullableReferences() {
        String pet = model("Pet");
        assertTrue(pet.contains("Its name\n     * <p>\n     * Required. JSON property {@code name}.")
                || pet.contains("Required. JSON property {@code name}."), "name is required");
        assertTrue(pet.contains("Required. JSON property {@code kind}."));
        // nullable: true changes nothing in Java: every field is a reference type, and null is left out of the JSON.
        assertTrue(pet.contains("Optional. JSON property {@code nickname}."));
        assertTrue(pet.contains("@JsonInclude(JsonInclude.Include.NON_NULL)"));
        assertTrue(files.get(CATALOG + "ContractSchemaRules.java")
                .contains("rules.put(\"Pet\", new SchemaRule(List.of(\"name\", \"kind\"),"));
    }

    @Test
    void inlineObjectsAndEnumsBecomeNestedTypesOfTheirOwner() {
        String pet = model("Pet");
        assertTrue(pet.contains("    public static class Owner extends ModelObject {"));
        assertTrue(pet.contains("        private Address address;"));
        assertTrue(pet.contains("        public static class Address extends ModelObject {"));
        assertTrue(pet.contains("    public static final class Size extends OpenEnum {"));
        assertTrue(files.get(CATALOG + "ContractSchemaRules.java")
                .contains("rules.put(\"Pet.owner.address\", new SchemaRule(List.of(), Map.ofEntries()));"));
    }

    @Test
    void aDiscriminatedOneOfIsAnInterfaceItsVariantsImplement() {
        String food = model("Food");
        assertTrue(food.contains("@JsonDeserialize(using = Food.Deserializer.class)\npublic interface Food {"), food);
        assertTrue(food.contains("super(Food.class, \"type\", Map.ofEntries("));
        assertTrue(food.contains("Map.entry(\"KIBBLE\", Kibble.class),"));
        assertTrue(food.contains("Map.entry(\"FISH\", Fish.class)),"));
        assertTrue(food.contains("final class Unknown extends UnknownVariant implements Food {"));
        assertTrue(model("Kibble").contains("@JsonDeserialize(using = JsonDeserializer.None.class)\n"
                + "public class Kibble extends ModelObject implements Food {"));
        assertTrue(model("Fish").contains("public class Fish extends ModelObject implements Food {"));
    }

    @Test
    void anUndiscriminatedUnionIsItsWidestVariantOrAJsonTree() {
        String pet = model("Pet");
        // Ball and Stick share nothing: no Java type holds both.
        assertTrue(pet.contains("    private JsonNode toy;"));
        // BallColourOnly is a subset of Ball: a Ball reads both.
        assertTrue(pet.contains("    private Ball favourite;"));
        assertFalse(model("Ball").contains("implements"));
    }

    @Test
    void enumsAreOpenAndKeepTheProtobufPlaceholderInModels() {
        String kind = model("PetKind");
        assertTrue(kind.contains("public final class PetKind extends OpenEnum {"));
        assertTrue(kind.contains("private static final Map<String, PetKind> KNOWN = index(CAT, DOG, UNRECOGNIZED);"));
        assertTrue(kind.contains("public static PetKind of(String value) {"));
    }

    @Test
    void parameterEnumsLeaveOutTheProtobufPlaceholder() {
        String catalogue = files.get(CATALOG + "ContractOperations.java");
        assertTrue(
                catalogue.contains("OperationParameter.builder(\"mode\", ParameterLocation.QUERY, ParameterKind.STRING)"
                        + ".required().enumValues(\"SOFT\", \"HARD\").description(\"\").build())"),
                catalogue);
        // An array of a referenced enum: the items' values, placeholder left out too.
        assertTrue(catalogue.contains("OperationParameter.builder(\"states\", ParameterLocation.QUERY,"
                + " ParameterKind.STRING_ARRAY).enumValues(\"ACTIVE\", \"ARCHIVED\").description(\"\").build())"));
        assertFalse(catalogue.contains("UNRECOGNIZED"));
        assertFalse(files.get("io/github/camelsinch/provisioning/SinchProvisioningApiParameters.java")
                .contains("UNRECOGNIZED"));
    }

    /** The lines of a text without their indentation: the catalogue is compared line by line, not column by column. */
    private static String flat(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }

    @Test
    void catalogueRowsFollowTheNamesTableAndTheContract() {
        String catalogue = flat(files.get(CATALOG + "ContractOperations.java"));
        assertTrue(catalogue.contains("static final String CONTRACT_VERSION = \"0.0.7\";"));
        assertTrue(catalogue.contains(flat("""
                        operations.add(ApiOperation.builder("pets", "list")
                                .operationId("Pets_List")
                                .method("GET")
                                .path("/v1/projects/{projectId}/pets")
                                .summary("List the pets")
                                .description("Every pet of the project, page by page.")
                                .parameter(OperationParameter.builder("projectId", ParameterLocation.PATH, ParameterKind.STRING).required().description("The project").build())
                                .parameter(OperationParameter.builder("pageSize", ParameterLocation.QUERY, ParameterKind.INTEGER).bounds(1L, 50L).defaultValue("10").description("Pets per page").build())
                        """)), catalogue);
        assertTrue(catalogue.contains(flat("""
                                .response(200, io.github.camelsinch.provisioning.model.PetList.class)
                                .listItems("pets")
                        """)));
        // The request body and a response reached through a $ref to components/responses.
        assertTrue(catalogue.contains(flat("""
                                .requestBody(true, io.github.camelsinch.provisioning.model.Pet.class, "Pet")
                                .response(201, io.github.camelsinch.provisioning.model.Pet.class)
                        """)));
        assertTrue(catalogue.contains(".response(204, null)"));
        assertTrue(catalogue.indexOf("\"list\"") < catalogue.indexOf("\"create\"")
                && catalogue.indexOf("\"create\"") < catalogue.indexOf("\"delete\""), "table order");
        assertTrue(model("PetList").contains("public class PetList extends ModelObject implements ListPage {"));
    }

    @Test
    void theNamesTableMustCoverTheContractExactly(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path missingRow = dir.resolve("missing.tsv");
        java.nio.file.Files.writeString(missingRow, "api\toperation\tmethod\tpath\toperationId\n"
                + "pets\tlist\tGET\t/v1/projects/{projectId}/pets\tPets_List\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerateSources.generate(CONTRACT, missingRow));
        assertEquals("Operations without a URI name in operations.tsv: [Pets_Create, Pets_Delete]", e.getMessage());

        Path wrongMethod = dir.resolve("wrong.tsv");
        java.nio.file.Files.writeString(wrongMethod, java.nio.file.Files.readString(OPERATIONS)
                .replace("pets\tdelete\tDELETE", "pets\tdelete\tPOST"));
        e = assertThrows(IllegalArgumentException.class, () -> GenerateSources.generate(CONTRACT, wrongMethod));
        assertEquals(
                "operations.tsv disagrees with the contract on Pets_Delete: POST /v1/projects/{projectId}/pets/{petId}"
                        + " vs DELETE /v1/projects/{projectId}/pets/{petId}",
                e.getMessage());
    }

    @Test
    void secretsAreMaskedByName() {
        assertTrue(model("Pet").contains("return Set.of(\"apiToken\").contains(jsonName);"));
    }
}
