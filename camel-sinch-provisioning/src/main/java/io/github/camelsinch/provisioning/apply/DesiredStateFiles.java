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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.model.support.ModelJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a desired state as it sits in git: a folder (and its sub-folders) of {@code *.json}, {@code *.yaml} and
 * {@code *.yml} files, one resource per file, in path order. Other files (a README) are skipped. YAML needs
 * {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} on the class path (an optional dependency of the
 * component). Use it from a route: {@code bean: {beanType: ...DesiredStateFiles, method: "readFolder('templates')"}}
 * in YAML, {@code .bean(DesiredStateFiles.class, "readFolder(${header.folder})")} in Java, or set the folder's
 * {@code Path} as the body of the apply operation.
 */
public final class DesiredStateFiles {

    private DesiredStateFiles() {
    }

    /**
     * @param folder the folder; each document's source is its path relative to it
     * @throws IllegalArgumentException naming the file, when the folder does not exist or a file is not JSON or YAML
     *                                  (a file that is valid but not a declaration the contract allows is reported
     *                                  by the apply operation, also by its file)
     */
    public static List<DesiredDocument> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The desired state folder " + folder.toAbsolutePath()
                    + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(DesiredStateFiles::isDeclaration).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the desired state folder " + folder.toAbsolutePath(), e);
        }
        List<DesiredDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String source = folder.relativize(file).toString().replace('\\', '/');
            documents.add(new DesiredDocument(source, parse(file, source)));
        }
        return documents;
    }

    /**
     * {@link #read(Path)} for a path given as text, the form a route has at hand (a distinct name, so that a bean
     * call {@code readFolder('templates')} has one method to pick).
     */
    public static List<DesiredDocument> readFolder(String folder) {
        return read(Path.of(folder));
    }

    private static boolean isDeclaration(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || isYaml(name);
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static JsonNode parse(Path file, String source) {
        boolean yaml = isYaml(file.getFileName().toString().toLowerCase(Locale.ROOT));
        ObjectMapper mapper = yaml ? Yaml.mapper(source) : ModelJson.mapper();
        try {
            JsonNode json = mapper.readTree(file.toFile());
            if (json == null || json.isMissingNode()) {
                throw new IllegalArgumentException("Invalid declaration in " + source + ": the file is empty");
            }
            return json;
        } catch (JsonProcessingException e) {
            // The location only: the parser's message quotes the file, which may hold a secret.
            throw new IllegalArgumentException("Invalid declaration in " + source + ": not valid "
                    + (yaml ? "YAML" : "JSON") + " (at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    /** Kept apart so that the YAML classes are loaded only when a YAML file is read. */
    private static final class Yaml {

        private static ObjectMapper mapper;

        static synchronized ObjectMapper mapper(String source) {
            if (mapper == null) {
                try {
                    mapper = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
                } catch (NoClassDefFoundError e) {
                    throw new IllegalStateException(source + " is YAML: add the dependency"
                            + " com.fasterxml.jackson.dataformat:jackson-dataformat-yaml to read YAML declarations,"
                            + " or write the declarations as JSON");
                }
            }
            return mapper;
        }
    }
}
