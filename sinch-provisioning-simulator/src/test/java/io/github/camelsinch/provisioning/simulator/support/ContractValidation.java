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
package io.github.camelsinch.provisioning.simulator.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.contract.Contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Validates recorded exchanges against the contract with swagger-request-validator. The validator takes about
 * 1.5 s to load the contract, so one instance serves the whole test JVM.
 *
 * <p>The validator's JSON-schema engine rejects the contract's {@code discriminator} on WhatsApp template
 * components as a schema syntax error ("propertyName must be defined in all referenced schemas", because one
 * alternative is itself a {@code oneOf}), and then validates nothing for those bodies. The discriminators are
 * therefore removed before loading: they are only a lookup hint, every {@code oneOf} they annotate still has
 * mutually exclusive alternatives (distinct {@code type}/{@code format} enums), so validation stays as strict.
 */
public final class ContractValidation {

    private static volatile OpenApiInteractionValidator validator;

    private ContractValidation() {
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    validator =
                            OpenApiInteractionValidator.createForInlineApiSpecification(contractWithoutDiscriminators())
                                    .build();
                }
            }
        }
        return validator;
    }

    private static String contractWithoutDiscriminators() {
        JsonNode spec = Contract.bundled().document().root().deepCopy();
        removeDiscriminators(spec);
        return spec.toString();
    }

    private static void removeDiscriminators(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("discriminator");
        }
        node.forEach(ContractValidation::removeDiscriminators);
    }

    /** Error messages of one exchange (request and response); empty when both conform. */
    public static List<String> errors(SimClient.Exchange exchange) {
        return messages(validator().validate(request(exchange), response(exchange)));
    }

    /** Error messages of the response alone, for exchanges whose request breaks the contract on purpose. */
    public static List<String> responseErrors(SimClient.Exchange exchange) {
        return messages(validator().validateResponse(URLDecoder.decode(exchange.path(), StandardCharsets.UTF_8),
                Request.Method.valueOf(exchange.method()), response(exchange)));
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + nested(m.getNestedMessages(), 1))
                .toList();
    }

    /** The causes below an allOf/anyOf failure, which alone only says "failed to match". */
    private static String nested(List<ValidationReport.Message> messages, int depth) {
        StringBuilder out = new StringBuilder();
        for (ValidationReport.Message m : messages) {
            out.append("\n").append("    ".repeat(depth)).append(m.getMessage())
                    .append(nested(m.getNestedMessages(), depth + 1));
        }
        return out.toString();
    }

    private static SimpleRequest request(SimClient.Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()),
                URLDecoder.decode(exchange.path(), StandardCharsets.UTF_8));
        if (exchange.query() != null) {
            for (String pair : exchange.query().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody() != null) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static SimpleResponse response(SimClient.Exchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        for (Map.Entry<String, String> header : exchange.headers().entrySet()) {
            response.withHeader(header.getKey(), header.getValue());
        }
        if (exchange.body() != null && !exchange.body().isEmpty()) {
            response.withBody(exchange.body());
        }
        return response.build();
    }
}
