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

    private static final Path COMPONENT_JSON = Path.of("target/classes/META-INF/io/github/camelsinch/provisioning/sinch-prov.json");
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
