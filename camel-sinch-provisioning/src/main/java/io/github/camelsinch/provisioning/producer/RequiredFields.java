package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.RequestBodySpec;
import io.github.camelsinch.provisioning.catalog.SchemaRule;
import io.github.camelsinch.provisioning.catalog.SchemaRules;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request body for the fields the contract requires, before anything is sent, and names every missing
 * one with its path (e.g. {@code details.displayName}). For bodies that may match several schemas, one match is
 * enough; otherwise the closest schema (every one of them, when several are equally close) is reported.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static void check(ApiOperation op, RequestBodySpec spec, JsonNode body) {
        List<String> closest = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (String schema : spec.schemaNames()) {
            List<String> missing = new ArrayList<>();
            collectMissing(schema, body, "", missing);
            if (missing.isEmpty()) {
                return;
            }
            // Several schemas can be equally close (anyOf bodies): name them all rather than guess one.
            if (missing.size() < fewest) {
                fewest = missing.size();
                closest.clear();
            }
            if (missing.size() == fewest) {
                closest.add(String.join(", ", missing) + " (schema " + schema + ")");
            }
        }
        if (!closest.isEmpty()) {
            throw new IllegalArgumentException("The request body of " + op.uriPath() + " misses required field(s) "
                    + String.join("; or ", closest));
        }
    }

    static void collectMissing(String schema, JsonNode node, String prefix, List<String> missing) {
        SchemaRule rule = SchemaRules.of(schema).orElse(null);
        if (rule == null || !node.isObject()) {
            return;
        }
        for (String field : rule.required()) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                missing.add(prefix + field);
            }
        }
        rule.nested().forEach((field, child) -> {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return;
            }
            if (child.endsWith("[]")) {
                String element = child.substring(0, child.length() - 2);
                for (int i = 0; i < value.size(); i++) {
                    collectMissing(element, value.get(i), prefix + field + "[" + i + "].", missing);
                }
            } else {
                collectMissing(child, value, prefix + field + ".", missing);
            }
        });
    }
}
