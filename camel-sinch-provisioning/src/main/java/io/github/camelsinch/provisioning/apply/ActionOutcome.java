package io.github.camelsinch.provisioning.apply;

/** What became of one action. */
public enum ActionOutcome {
    /** A write that a dry run planned and did not send. */
    PLANNED,
    /** A write the API accepted. */
    DONE,
    /** A write the API refused or that could not be sent; the action's error says why. */
    FAILED,
    /** Nothing was to be written: UNCHANGED, EXTRA or CANNOT_APPLY. */
    NOTHING_SENT
}
