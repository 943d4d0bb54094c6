package io.github.camelsinch.provisioning.apply;

/** What the plan says about one resource. */
public enum ActionType {
    /** Declared, not in the project: it is created. */
    CREATE,
    /** Declared and in the project with different declared fields: it is changed ({@code changedFields}). */
    UPDATE,
    /** In the project, not declared, and {@code prune=true}: it is deleted. */
    DELETE,
    /** Declared and in the project as declared: nothing to do. */
    UNCHANGED,
    /** Declared and different, but the API would refuse the change now ({@code reason} says why): not sent. */
    CANNOT_APPLY,
    /** In the project, not declared, and {@code prune=false}: reported, left alone. */
    EXTRA;

    /** Whether the action writes to the API. */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
