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
package io.github.camelsinch.provisioning.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a parameter value against the contract (type, enum, bounds) and turns it into the strings sent on the
 * wire. Used when an endpoint is created, so a bad URI fails before the first message, and again per call for
 * values that come from headers.
 */
public final class ParameterValidator {

    /**
     * Protobuf's name for "a value this client does not know". Enums generated from protobuf carry it, so the
     * contract lists it, but the API never accepts it as input.
     */
    static final String PROTO_PLACEHOLDER = "UNRECOGNIZED";
    /** A long enum (74 language codes) is listed in part: the message stays readable in one log line. */
    private static final int LISTED_VALUES = 20;

    private ParameterValidator() {
    }

    /**
     * The wire values of a parameter (several for an array), or an {@link IllegalArgumentException} that names
     * the operation, the parameter, the bad value and what is valid.
     */
    public static List<String> wireValues(ApiOperation op, OperationParameter p, Object value) {
        String text = String.valueOf(value).trim();
        List<String> values = new ArrayList<>();
        if (p.kind() == ParameterKind.STRING_ARRAY) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        } else {
            values.add(text);
        }
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw invalid(op, p, value, "a non-empty value");
        }
        for (String v : values) {
            check(op, p, v);
        }
        if (p.kind() == ParameterKind.BOOLEAN) {
            values.replaceAll(v -> v.toLowerCase(Locale.ROOT));
        }
        return values;
    }

    private static void check(ApiOperation op, OperationParameter p, String v) {
        switch (p.kind()) {
            case NUMBER, INTEGER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw invalid(op, p, v, "a number" + bounds(p));
                }
                if ((p.minimum() != null && number.compareTo(BigDecimal.valueOf(p.minimum())) < 0)
                        || (p.maximum() != null && number.compareTo(BigDecimal.valueOf(p.maximum())) > 0)) {
                    throw invalid(op, p, v, "a number" + bounds(p));
                }
            }
            case BOOLEAN -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw invalid(op, p, v, "true or false");
                }
            }
            default -> {
                if (!p.enumValues().isEmpty() && (!p.enumValues().contains(v) || v.equals(PROTO_PLACEHOLDER))) {
                    throw invalid(op, p, v, oneOf(p, v));
                }
            }
        }
    }

    /**
     * The valid values (the first {@value #LISTED_VALUES} of a long enum and the count), the close ones first, and
     * why the placeholder is refused when it was given.
     */
    private static String oneOf(OperationParameter p, String v) {
        List<String> valid = acceptedValues(p);
        String listed = valid.size() <= LISTED_VALUES ? String.join(", ", valid)
                : String.join(", ", valid.subList(0, LISTED_VALUES)) + ", ... (" + valid.size() + " in all)";
        String placeholder = v.equals(PROTO_PLACEHOLDER) ? " (" + PROTO_PLACEHOLDER + " is the contract's protobuf"
                + " placeholder for a value unknown to the API's own client, never a value to send)" : "";
        return "one of " + listed + placeholder + "." + SimilarNames.didYouMean(v, valid);
    }

    /** The values a call may send: the contract's enum without the protobuf placeholder. */
    public static List<String> acceptedValues(OperationParameter p) {
        return p.enumValues().stream().filter(value -> !value.equals(PROTO_PLACEHOLDER)).toList();
    }

    private static String bounds(OperationParameter p) {
        if (p.minimum() != null && p.maximum() != null) {
            return " from " + p.minimum() + " to " + p.maximum();
        }
        if (p.minimum() != null) {
            return " of at least " + p.minimum();
        }
        return p.maximum() != null ? " of at most " + p.maximum() : "";
    }

    private static IllegalArgumentException invalid(ApiOperation op, OperationParameter p, Object value, String valid) {
        return new IllegalArgumentException("Invalid value '" + value + "' for parameter " + p.name() + " of "
                + op.uriPath() + ": expected " + valid);
    }
}
