package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One declared resource with where it came from, so that a bad declaration is reported by its file. What
 * {@link DesiredStateFiles#read} returns; an apply operation takes a collection of them like any other desired state.
 *
 * @param source  the file name (relative to the folder read), or any label that says where it came from
 * @param content the declaration, a JSON object
 */
public record DesiredDocument(String source, JsonNode content) {

    public DesiredDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** The source only: the content may hold a webhook secret. */
    @Override
    public String toString() {
        return "DesiredDocument[" + source + "]";
    }
}
