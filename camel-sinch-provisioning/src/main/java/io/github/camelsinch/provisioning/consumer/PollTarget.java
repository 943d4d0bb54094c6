package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.tracking.ConsumerState;

import java.util.Map;

/**
 * One thing a poll reads: the whole list of a list operation, or one resource of a get operation (the account, or
 * the channel of one Conversation app).
 *
 * @param state          the state of this target's scope
 * @param fixedId        the resource id of a get operation (project id or conversationAppId); null for lists
 * @param pathParameters path parameters that differ per target (conversationAppId)
 */
record PollTarget(ConsumerState state, String fixedId, Map<String, String> pathParameters) {

    PollTarget {
        pathParameters = Map.copyOf(pathParameters);
    }
}
