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
package io.github.camelsinch.provisioning.contract;

import io.github.camelsinch.provisioning.codegen.ReferenceDoc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/reference.md} is rendered from the component metadata and the contract; this test fails when the
 * committed file no longer matches. With {@code -Dsinch.updateDocs=true} it rewrites the file instead.
 */
class ReferenceDocIsCurrentTest {

    private static final Path COMPONENT_JSON =
            Path.of("target/classes/META-INF/io/github/camelsinch/provisioning/sinch-prov.json");
    private static final Path REFERENCE = Path.of("../docs/reference.md");

    @Test
    void committedReferenceMatchesTheCode() throws IOException {
        String rendered = ReferenceDoc.render(ContractDocument.OPERATIONS, COMPONENT_JSON)
                + ApplyOperationsReference.markdown();
        assertTrue(rendered.contains("`sinch-prov:conversation/getViber`"));
        if (Boolean.getBoolean("sinch.updateDocs")) {
            Files.writeString(REFERENCE, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        assertEquals(rendered, committed, "docs/reference.md is stale: run "
                + "mvn -B -pl camel-sinch-provisioning -am verify -Dsinch.updateDocs=true and commit it");
    }
}
