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
package io.github.camelsinch.provisioning.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a fault rule from control API JSON:
 * {@code {"method":"GET","path":"/v1/projects/.+/webhooks","times":2,
 * "fault":{"type":"RESPOND","status":429,"headers":{"Retry-After":"1"},"body":"...","delayMs":0}}}.
 * A JSON object as {@code body} is sent as JSON.
 */
final class FaultJson {

    private FaultJson() {
    }

    static FaultRule rule(JsonNode json) {
        if (!json.path("path").isTextual()) {
            throw new IllegalArgumentException("\"path\" (a regular expression) is required");
        }
        JsonNode f = json.path("fault");
        Fault.Type type = Fault.Type.valueOf(f.path("type").asText("RESPOND").toUpperCase(Locale.ROOT));
        Map<String, String> headers = new LinkedHashMap<>();
        f.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        JsonNode body = f.path("body");
        String text = body.isMissingNode() || body.isNull() ? null : body.isTextual() ? body.asText() : body.toString();
        Fault fault = new Fault(type, f.path("status").asInt(type == Fault.Type.MALFORMED_BODY ? 200 : 503), headers,
                text, Duration.ofMillis(f.path("delayMs").asLong(0)));
        return new FaultRule(json.path("method").asText(null), json.get("path").asText(),
                json.path("times").asInt(1), fault);
    }
}
