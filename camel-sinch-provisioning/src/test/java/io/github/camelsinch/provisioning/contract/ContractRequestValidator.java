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

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.openapi.OpenApiDocument;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates what the component sent against the bundled contract. Loading the validator takes a second or two,
 * so one instance serves the whole test JVM.
 */
public final class ContractRequestValidator {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(OpenApiDocument.bundledText())
            .build();

    private ContractRequestValidator() {
    }

    /** The contract violations of a request, one line each; empty when it conforms. */
    public static List<String> violations(StubRequest recorded) {
        SimpleRequest.Builder request =
                new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()), recorded.path());
        queryParameters(recorded.rawQuery()).forEach((name, values) -> request.withQueryParam(name, values));
        recorded.headers().forEach((name, values) -> request.withHeader(name, values));
        if (recorded.body() != null && recorded.body().length > 0) {
            request.withBody(recorded.bodyAsString());
        }
        ValidationReport report = VALIDATOR.validateRequest(request.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !isValidatorLimitation(m))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.toList());
    }

    /**
     * The validator's JSON-schema engine rejects, as a schema error, a discriminator whose variant is itself a
     * union (a template header component is a component by type, then a header by format). That is a limit of the
     * engine, not a fault of the request; such bodies are still compared with the contract's own examples.
     */
    private static boolean isValidatorLimitation(ValidationReport.Message m) {
        return m.getKey().equals("validation.request.body.schema.processingError")
                && m.getMessage().contains("discriminator.propertyName");
    }

    public static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
