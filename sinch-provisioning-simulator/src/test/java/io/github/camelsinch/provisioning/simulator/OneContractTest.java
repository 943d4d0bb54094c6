package io.github.camelsinch.provisioning.simulator;

import io.github.camelsinch.provisioning.openapi.OpenApiDocument;
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The simulator serves the one contract of the repository, read by the one shared reader. */
class OneContractTest {

    @Test
    void theSimulatorReadsTheSharedContract() {
        assertSame(OpenApiDocument.bundled(), Contract.bundled().document());
        assertEquals(OpenApiDocument.bundled().operations().size(), Contract.bundled().operations().size());
    }
}
