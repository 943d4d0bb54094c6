/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
