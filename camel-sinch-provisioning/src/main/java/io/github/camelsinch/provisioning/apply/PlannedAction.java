package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An action with what the executor needs to send it.
 *
 * @param declared the declaration, null for a resource nobody declared
 * @param remote   the resource as listed, null for one to create
 */
record PlannedAction(ApplyAction action, ObjectNode declared, ObjectNode remote) {
}
