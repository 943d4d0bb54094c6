package io.github.camelsinch.provisioning.codegen;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the build-time generator: {@code GenerateSources <contract.yaml> <operations.tsv> <outputDir>}.
 * Everything it writes derives from those two files; the component parses neither at runtime.
 */
public final class GenerateSources {

    static final String ROOT_PACKAGE = "io.github.camelsinch.provisioning";
    static final String MODEL_PACKAGE = ROOT_PACKAGE + ".model";
    static final String CATALOG_PACKAGE = ROOT_PACKAGE + ".catalog";
    static final String OPTIONS_CLASS = "SinchProvisioningApiParameters";

    private GenerateSources() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateSources <contract.yaml> <operations.tsv> <outputDir>");
        }
        Map<String, String> files = generate(Path.of(args[0]), Path.of(args[1]));
        Path out = Path.of(args[2]);
        int written = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
            // Rewriting identical files would defeat incremental compilation.
            if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            written++;
        }
        System.out.println("sinch-provisioning-codegen: " + files.size() + " sources (" + written + " changed) in " + out);
    }

    /** Relative path to source text of every generated file. */
    static Map<String, String> generate(Path contractFile, Path operationsFile) throws IOException {
        Contract contract = Contract.read(contractFile);
        List<Contract.Operation> operations = contract.operations(OperationsTable.read(operationsFile));
        TypeMapper types = new TypeMapper(contract);
        Unions unions = new Unions(contract);
        ModelWriter models = new ModelWriter(types, unions);
        Parameters parameters = new Parameters(contract);

        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : contract.schemas().entrySet()) {
            String name = e.getKey();
            JsonNode schema = e.getValue();
            CodeWriter w = new CodeWriter();
            switch (SchemaKind.of(schema)) {
                case OBJECT -> models.writeClass(w, name, schema, null, true);
                case SUBCLASS -> models.writeClass(w, name, schema, Contract.refName(schema.get("allOf").get(0)), true);
                case ENUM -> EnumWriter.write(w, name, JavaNames.typeName(name), schema, true);
                case UNION -> new UnionWriter(unions).write(w, JavaNames.typeName(name), JavaNames.typeName(name), schema,
                        unions.interfacesOf(name), true);
                case ALIAS -> {
                    continue;
                }
            }
            files.put(path(MODEL_PACKAGE, JavaNames.typeName(name)),
                    "package " + MODEL_PACKAGE + ";\n\n" + ModelWriter.IMPORTS + "\n\n" + w);
        }
        files.put(path(CATALOG_PACKAGE, "ContractOperations"),
                new CatalogWriter(contract, types, parameters).write(CATALOG_PACKAGE, MODEL_PACKAGE, operations));
        files.put(path(CATALOG_PACKAGE, "ContractSchemaRules"),
                new SchemaRulesWriter(contract).write(CATALOG_PACKAGE, operations));
        files.put(path(ROOT_PACKAGE, OPTIONS_CLASS),
                new OptionsWriter(parameters).write(ROOT_PACKAGE, OPTIONS_CLASS, operations));
        return files;
    }

    private static String path(String pkg, String simpleName) {
        return pkg.replace('.', '/') + "/" + simpleName + ".java";
    }
}
