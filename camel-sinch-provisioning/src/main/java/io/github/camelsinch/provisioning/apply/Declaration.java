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
