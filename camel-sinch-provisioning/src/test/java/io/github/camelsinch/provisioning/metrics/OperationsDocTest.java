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
package io.github.camelsinch.provisioning.metrics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/operations.md lists every meter the component registers ({@link MeterNames#ALL}, which the meter tests hold
 * every registered meter to) and no other.
 */
class OperationsDocTest {

    private static final Path OPERATIONS = Path.of("../docs/operations.md");
    private static final Pattern METER_ROW = Pattern.compile("^\\| `(sinch\\.prov\\.[a-z.]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyMeterIsDocumentedOnceAndNothingElse() throws IOException {
        String doc = Files.readString(OPERATIONS, StandardCharsets.UTF_8);
        Matcher rows = METER_ROW.matcher(doc);
        List<String> documented = rows.results().map(r -> r.group(1)).toList();
        assertEquals(MeterNames.ALL, documented, "the meter rows of docs/operations.md, in MeterNames.ALL order");
    }
}
