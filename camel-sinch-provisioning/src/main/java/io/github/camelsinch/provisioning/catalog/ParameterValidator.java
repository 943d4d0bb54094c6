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
                if (!p.enumValues().isEmpty() && !p.enumValues().contains(v)) {
                    throw invalid(op, p, v, "one of " + String.join(", ", p.enumValues()));
                }
            }
        }
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
