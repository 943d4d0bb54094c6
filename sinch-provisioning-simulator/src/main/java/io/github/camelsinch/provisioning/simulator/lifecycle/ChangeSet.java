package io.github.camelsinch.provisioning.simulator.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "changes" pattern of WhatsApp and KakaoTalk resources: the live configuration sits in {@code details} and
 * {@code state}, while an edit under review sits in {@code changes: {status, details}} until it is approved
 * (then it replaces {@code details}) or rejected (then it stays visible with status {@code REJECTED}).
 */
public final class ChangeSet {

    private ChangeSet() {
    }

    /** Marks the pending change with {@code status}, creating an empty change when there is none. */
    public static ObjectNode mark(ObjectNode json, String status) {
        ObjectNode changes = json.has("changes") && json.get("changes").isObject()
                ? (ObjectNode) json.get("changes") : json.putObject("changes");
        changes.put("status", status);
        if (!changes.has("details")) {
            changes.set("details", json.has("details") ? json.get("details").deepCopy() : json.objectNode());
        }
        return changes;
    }

    public static String status(ObjectNode json) {
        return json.path("changes").path("status").asText(null);
    }

    /** Approves the pending change: its details become the live details and the change disappears. */
    public static void apply(ObjectNode json) {
        JsonNode changes = json.remove("changes");
        if (changes != null && changes.path("details").isObject() && changes.get("details").size() > 0) {
            json.set("details", changes.get("details").deepCopy());
        }
    }

    /** The details a reviewer would look at: the pending ones if any, else the live ones. */
    public static JsonNode currentDetails(ObjectNode json) {
        JsonNode pending = json.path("changes").path("details");
        return pending.isObject() ? pending : json.path("details");
    }
}
