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

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consumer URI that cannot work fails when the route starts, saying what to fix. */
class ConsumerCreationTest extends StatusConsumerTestSupport {

    private String startFailure(String uri) {
        Exception e = assertThrows(Exception.class, () -> watch(uri));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Test
    void anOperationThatCannotBeWatchedNamesTheOnesThatCan() {
        String message = startFailure("sinch-prov:webhooks/list?startScheduler=false");
        assertTrue(message.contains("webhooks/list") && message.contains("whatsapp-senders/list")
                && message.contains("conversation/getViber"), message);
    }

    @Test
    void missingParametersAndBadWatchFieldsAreNamed() {
        assertTrue(startFailure("sinch-prov:kakaotalk-templates/list?startScheduler=false")
                .contains("plusFriendId"));
        assertTrue(startFailure("sinch-prov:conversation/getViber?startScheduler=false")
                .contains("conversationAppId"));
        String message = startFailure("sinch-prov:whatsapp-senders/list?startScheduler=false&watchFields=qualityRatin");
        assertTrue(message.contains("qualityRatin") && message.contains("qualityRating"), message);
        // The field list is the model's JSON fields, not the holder of unknown ones.
        assertFalse(message.contains("additionalProperties"), message);
        String holder = startFailure("sinch-prov:whatsapp-senders/list?startScheduler=false"
                + "&watchFields=additionalProperties");
        assertTrue(holder.contains("Invalid watchFields entry 'additionalProperties'"), holder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp-senders/list", "whatsapp-templates/list", "whatsapp-accounts/get",
        "rcs-senders/list", "kakaotalk-senders/list",
        "kakaotalk-templates/list?plusFriendId=@sinch", "bundles/list",
        "conversation/getInstagram?conversationAppId=A",
        "conversation/getMessenger?conversationAppId=A,B",
        "conversation/getTelegram?conversationAppId=A",
        "conversation/getViber?conversationAppId=A"})
    void everyWatchableOperationStartsAsAConsumer(String path) throws Exception {
        String uri = "sinch-prov:" + path + (path.contains("?") ? "&" : "?") + "startScheduler=false";
        watch(uri);
        assertTrue(context.getRouteController().getRouteStatus("watch").isStarted(), uri);
    }

    @Test
    void twoConsumersSharingARepositoryKeepSeparateStateByStateKey() throws Exception {
        FakeListing senders = FakeListing.serve(server, Resources.SENDERS_PATH, "senders")
                .put("A", sender("A", "IN_PROGRESS", "t1"));
        context.getRegistry().bind("shared", new MemoryStateRepository());
        EventLog second = new EventLog();
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false&stateRepository=#shared&stateKey=alerts");
        var other = consumerOf(startContext(Map.of("shared", context.getRegistry().lookupByName("shared")),
                "sinch-prov:whatsapp-senders/list?startScheduler=false&stateRepository=#shared&stateKey=audit",
                second));
        poll();
        other.poll();
        senders.put("A", sender("A", "ACTIVE", "t2"));
        poll();
        other.poll();
        assertEquals(List.of("A"), events.all().stream().map(EventLog.Event::resourceId).toList());
        assertEquals(List.of("A"), second.all().stream().map(EventLog.Event::resourceId).toList(),
                "the second consumer's cursor is its own");
        other.getEndpoint().getCamelContext().stop();
    }
}
