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
package io.github.camelsinch.provisioning.quarkus.deployment;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension registers for reflection exactly the classes of the component's model packages, read from the Jandex
 * index the component jar ships; the list is checked against the class files of the jar itself.
 */
class SinchProvisioningProcessorTest {

    private static final String MODEL_PATH = "io/github/camelsinch/provisioning/model/";

    @Test
    void registersEveryModelClassOfTheComponentForReflection() throws Exception {
        Path component = Path.of(SinchProvisioningComponent.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Index index;
        try (InputStream in = open(component, "META-INF/jandex.idx")) {
            index = new IndexReader(in).read();
        }

        ReflectiveClassBuildItem item = new SinchProvisioningProcessor()
                .registerModelsForReflection(new CombinedIndexBuildItem(index, index));

        List<String> expected = modelClassFiles(component);
        assertTrue(expected.size() > 100, "the component has its models: " + expected.size());
        assertTrue(expected.contains("io.github.camelsinch.provisioning.model.WhatsappSenderDto"));
        assertTrue(expected.contains("io.github.camelsinch.provisioning.model.support.ModelObject"));
        assertEquals(expected, item.getClassNames().stream().sorted().toList(),
                "the classes registered for reflection and the model classes of the component jar differ");
        assertTrue(item.isConstructors() && item.isMethods() && item.isFields(),
                "Jackson needs constructors, methods and fields");
    }

    @Test
    void declaresTheFeatureAndSslSupport() {
        SinchProvisioningProcessor processor = new SinchProvisioningProcessor();
        assertEquals("camel-sinch-provisioning", processor.feature().getName());
        assertEquals("camel-sinch-provisioning", processor.sslNativeSupport().getExtension());
    }

    private static InputStream open(Path component, String entry) throws IOException {
        if (Files.isDirectory(component)) {
            return Files.newInputStream(component.resolve(entry));
        }
        JarFile jar = new JarFile(component.toFile());
        return new java.io.FilterInputStream(jar.getInputStream(jar.getEntry(entry))) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }

    /** Class names of every .class file under the model package (and its sub-packages) of the component. */
    private static List<String> modelClassFiles(Path component) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(component)) {
            try (Stream<Path> files = Files.walk(component.resolve(MODEL_PATH))) {
                files.map(p -> component.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> p.endsWith(".class"))
                        .forEach(p -> names.add(toClassName(p)));
            }
        } else {
            try (JarFile jar = new JarFile(component.toFile())) {
                Collections.list(jar.entries()).stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith(MODEL_PATH) && n.endsWith(".class"))
                        .forEach(n -> names.add(toClassName(n)));
            }
        }
        Collections.sort(names);
        return names;
    }

    private static String toClassName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
