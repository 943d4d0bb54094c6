package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One declared resource, checked against the contract.
 *
 * @param source where it came from, for messages: a file name, or {@code body[i]} for the i-th element of a body
 * @param json   the declaration as the create operation takes it, plus reserved fields such as
 *               {@code templateCode} (KakaoTalk); owned by the planner, not changed
 */
record Declaration(String source, ObjectNode json) {
}
