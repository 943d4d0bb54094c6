package io.github.camelsinch.provisioning.consumer;

/** What happened to a watched resource between two polls. */
public enum ChangeType {
    /** Seen for the first time (or again after it was removed). */
    ADDED,
    /** A status or a watched field differs from the last delivered state. */
    CHANGED,
    /** Missing from a complete, successful listing (or a single resource answered 404). */
    REMOVED
}
