package io.github.camelsinch.provisioning.apply;

import java.util.List;

/** What a declared resource's rules found when comparing it with the resource in the project. */
record Comparison(ActionType type, List<String> changedFields, String reason) {

    static Comparison unchanged() {
        return new Comparison(ActionType.UNCHANGED, List.of(), null);
    }

    static Comparison update(List<String> fields) {
        return new Comparison(ActionType.UPDATE, fields, null);
    }

    static Comparison cannotApply(String reason) {
        return new Comparison(ActionType.CANNOT_APPLY, List.of(), reason);
    }
}
