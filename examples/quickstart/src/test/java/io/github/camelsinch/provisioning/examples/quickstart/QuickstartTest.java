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
package io.github.camelsinch.provisioning.examples.quickstart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the quickstart as a user would, in both DSLs, against the embedded simulator. */
class QuickstartTest {

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void provisionsAndFollowsTheSenderAndTemplateToTheirFinalStatus(String dsl) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = Quickstart.run(new String[] {"--dsl", dsl, "--timeout", "60"}, Map.of(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertEquals(0, exit, out);
        assertTrue(out.contains("(" + dsl + " DSL) against the embedded simulator"), out);
        assertTrue(out.contains("1/4 registering a webhook"), out);
        assertTrue(out.contains("registering, then verifying the code"), out);
        assertTrue(out.matches("(?s).*sender\\s+\\S+: ACTIVE\\R.*"), out);
        assertTrue(out.contains("template quickstart_order_shipped/EN: APPROVED"), out);
        assertTrue(out.contains("[webhook] callback WHATSAPP_TEMPLATE_APPROVED received"), out);
        assertTrue(out.contains("result: OK"), out);
    }

    @Test
    void rejectsUnknownArgumentsNamingTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quickstart.Options.parse(new String[] {"--dls", "yaml"}));
        assertTrue(e.getMessage().contains("Usage: Quickstart [--dsl java|yaml]"), e.getMessage());
    }
}
