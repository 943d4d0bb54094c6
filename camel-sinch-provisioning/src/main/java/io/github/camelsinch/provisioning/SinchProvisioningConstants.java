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
package io.github.camelsinch.provisioning;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the component. These are the only headers it reads from an exchange: nothing else on a
 * message can change where a call goes or what it carries.
 */
public final class SinchProvisioningConstants {

    private static final String PREFIX = "CamelSinchProv";

    // --- in: choose the call ---------------------------------------------------------------------------------------

    @Metadata(label = "producer", javaType = "String",
              description = "The operation to call instead of the endpoint's: either api/operation (e.g."
                      + " whatsapp-senders/get) or an operation name of the endpoint's api.")
    public static final String OPERATION = PREFIX + "Operation";

    @Metadata(label = "producer", javaType = "String",
              description = "The page token of a list operation: the page to read (the value of"
                      + " CamelSinchProvNextPageToken from the previous page).")
    public static final String PAGE_TOKEN = PREFIX + "PageToken";

    // --- in: path parameters, overriding the endpoint options of the same name ------------------------------------

    @Metadata(label = "producer", javaType = "String", description = "Overrides the projectId of the call.")
    public static final String PROJECT_ID = PREFIX + "ProjectId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the senderId path parameter.")
    public static final String SENDER_ID = PREFIX + "SenderId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the templateName parameter.")
    public static final String TEMPLATE_NAME = PREFIX + "TemplateName";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the languageCode path parameter.")
    public static final String LANGUAGE_CODE = PREFIX + "LanguageCode";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the plusFriendId path parameter.")
    public static final String PLUS_FRIEND_ID = PREFIX + "PlusFriendId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the templateCode path parameter.")
    public static final String TEMPLATE_CODE = PREFIX + "TemplateCode";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the testNumber path parameter.")
    public static final String TEST_NUMBER = PREFIX + "TestNumber";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the webhookId path parameter.")
    public static final String WEBHOOK_ID = PREFIX + "WebhookId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the bundleId path parameter.")
    public static final String BUNDLE_ID = PREFIX + "BundleId";

    @Metadata(label = "producer", javaType = "String",
              description = "Overrides the conversationAppId path parameter.")
    public static final String CONVERSATION_APP_ID = PREFIX + "ConversationAppId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the flowId path parameter.")
    public static final String FLOW_ID = PREFIX + "FlowId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the solutionId path parameter.")
    public static final String SOLUTION_ID = PREFIX + "SolutionId";

    @Metadata(label = "producer", javaType = "String", description = "Overrides the useCase path parameter.")
    public static final String USE_CASE = PREFIX + "UseCase";

    // --- out: what the call returned --------------------------------------------------------------------------------

    @Metadata(label = "producer", javaType = "int", description = "The HTTP status of the (last) response.")
    public static final String HTTP_STATUS = PREFIX + "HttpStatus";

    @Metadata(label = "producer", javaType = "String", description = "The api/operation that was called.")
    public static final String CALLED_OPERATION = PREFIX + "CalledOperation";

    @Metadata(label = "producer", javaType = "int",
              description = "The HTTP requests this message's call sent to the API: 1, plus one per retry, plus one"
                      + " for the resend with a fresh token after a 401 (token requests not counted); summed"
                      + " over the pages with fetchAllPages. Also set when the call fails, the failed requests"
                      + " included (0 when nothing was sent, e.g. no access token could be obtained).")
    public static final String ATTEMPTS = PREFIX + "Attempts";

    @Metadata(label = "producer", javaType = "String",
              description = "List operations: the token of the next page, absent on the last page.")
    public static final String NEXT_PAGE_TOKEN = PREFIX + "NextPageToken";

    @Metadata(label = "producer", javaType = "Long",
              description = "List operations: the total number of items the API reports.")
    public static final String TOTAL_SIZE = PREFIX + "TotalSize";

    @Metadata(label = "producer", javaType = "int",
              description = "List operations: the number of pages read for this message.")
    public static final String PAGE_COUNT = PREFIX + "PageCount";

    @Metadata(label = "producer", javaType = "boolean",
              description = "List operations with fetchAllPages: true when maxPages or maxItems stopped the reading"
                      + " before the last page (CamelSinchProvNextPageToken then says where to go on).")
    public static final String TRUNCATED = PREFIX + "Truncated";

    // --- apply operations (sinch-prov:<api>/apply): in, and the counts of the result -----------------------------

    @Metadata(label = "producer", javaType = "Boolean",
              description = "Apply operations: true plans only (no write), false applies; overrides the dryRun"
                      + " option for this message.")
    public static final String APPLY_DRY_RUN = PREFIX + "ApplyDryRun";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: resources created (in a dry run: to create).")
    public static final String APPLY_CREATED = PREFIX + "ApplyCreated";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: resources updated (in a dry run: to update).")
    public static final String APPLY_UPDATED = PREFIX + "ApplyUpdated";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: undeclared resources deleted with prune (in a dry run: to delete).")
    public static final String APPLY_DELETED = PREFIX + "ApplyDeleted";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: declared resources that are as declared.")
    public static final String APPLY_UNCHANGED = PREFIX + "ApplyUnchanged";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: declared changes not sent because the API refuses them in the"
                      + " resource's current state (e.g. a template in review); each action says why.")
    public static final String APPLY_CANNOT_APPLY = PREFIX + "ApplyCannotApply";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: undeclared resources left alone (prune off).")
    public static final String APPLY_EXTRA = PREFIX + "ApplyExtra";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: writes the API refused or that could not be sent (the others were"
                      + " still sent); each failed action carries the API error.")
    public static final String APPLY_FAILED = PREFIX + "ApplyFailed";

    @Metadata(label = "producer", javaType = "int",
              description = "Apply operations: resources where the project differed from the declarations when"
                      + " planned (every action but UNCHANGED); 0 means in sync.")
    public static final String APPLY_DRIFT = PREFIX + "ApplyDrift";

    // --- consumer: one status change of one resource ---------------------------------------------------------------

    @Metadata(label = "consumer", javaType = "String",
              description = "The api of the watched resource, e.g. whatsapp-senders or conversation.")
    public static final String API = PREFIX + "Api";

    @Metadata(label = "consumer", javaType = "String",
              description = "The watched api/operation, e.g. conversation/getInstagram.")
    public static final String WATCHED_OPERATION = PREFIX + "WatchedOperation";

    @Metadata(label = "consumer", javaType = "String",
              description = "The id of the resource: the sender id; name/language of a WhatsApp template; the code"
                      + " of a KakaoTalk template; the plusFriendId of a KakaoTalk sender; the"
                      + " conversationAppId of a Conversation channel; the projectId for the WhatsApp account.")
    public static final String RESOURCE_ID = PREFIX + "ResourceId";

    @Metadata(label = "consumer", javaType = "String", enums = "ADDED,CHANGED,REMOVED",
              description = "What happened: ADDED (first seen, or seen again after removal), CHANGED (a status or a"
                      + " watched field differs), REMOVED (missing from a complete listing, or 404).")
    public static final String CHANGE_TYPE = PREFIX + "ChangeType";

    @Metadata(label = "consumer", javaType = "String",
              description = "The main status last delivered: the first status field with a value (state, else the"
                      + " pending change's changes.status; status for Conversation channels). Absent for"
                      + " ADDED, and when no status field had a value.")
    public static final String PREVIOUS_STATUS = PREFIX + "PreviousStatus";

    @Metadata(label = "consumer", javaType = "String",
              description = "The main status now (same rule as CamelSinchProvPreviousStatus). Absent for REMOVED,"
                      + " and when no status field has a value. It can equal the previous one: a CHANGED of"
                      + " changes.status alone keeps the state; CamelSinchProvStatusSummary says what changed.")
    public static final String NEW_STATUS = PREFIX + "NewStatus";

    @Metadata(label = "consumer", javaType = "java.util.Map<String, String>",
              description = "Every status field last delivered, by path (e.g. state, changes.status); a null value"
                      + " is an absent field. Empty for ADDED.")
    public static final String PREVIOUS_STATUSES = PREFIX + "PreviousStatuses";

    @Metadata(label = "consumer", javaType = "java.util.Map<String, String>",
              description = "Every status field now, by path. Empty for REMOVED.")
    public static final String NEW_STATUSES = PREFIX + "NewStatuses";

    @Metadata(label = "consumer", javaType = "java.util.List<String>",
              description = "The status and watched field paths that changed (for ADDED and REMOVED: those with a"
                      + " value).")
    public static final String CHANGED_FIELDS = PREFIX + "ChangedFields";

    @Metadata(label = "consumer", javaType = "String",
              description = "What the transition changed, one line for a log, set for every change type: each status"
                      + " field that differs as 'path before -> after' ('none' for absent), e.g. 'state PENDING"
                      + " -> APPROVED', 'changes.status DRAFT -> IN_PROGRESS (state APPROVED)', 'state none ->"
                      + " PENDING' for ADDED, 'state APPROVED -> none' for REMOVED; a changed watched field as"
                      + " 'path changed'. sinch-prov:webhook without a transition: 'no status change (state"
                      + " ...)'.")
    public static final String STATUS_SUMMARY = PREFIX + "StatusSummary";

    @Metadata(label = "consumer", javaType = "String",
              description = "A key that is the same whenever this transition is delivered again (after a failure,"
                      + " a restart or a fail-over) and different for any other transition: use it with an"
                      + " idempotent consumer.")
    public static final String DEDUP_KEY = PREFIX + "DedupKey";

    @Metadata(label = "consumer", javaType = "long",
              description = "When the poll that saw the change started (sinch-prov:webhook: when the callback"
                      + " was received), in epoch milliseconds.")
    public static final String OBSERVED_AT = PREFIX + "ObservedAt";

    // --- webhook receiver (sinch-prov:webhook): the headers above, plus --------------------------------------------

    @Metadata(label = "consumer", javaType = "String",
              description = "sinch-prov:webhook only: the trigger of the callback, e.g. WHATSAPP_TEMPLATE_APPROVED"
                      + " (WebhookWebhookTriggersEnum). The polling consumer does not set it.")
    public static final String EVENT_TYPE = PREFIX + "EventType";

    @Metadata(label = "consumer", javaType = "String",
              description = "sinch-prov:webhook only: the comment text of a callback whose trigger ends in"
                      + " _COMMENT_ADDED.")
    public static final String COMMENT = PREFIX + "Comment";

    private SinchProvisioningConstants() {
    }

    /** The header that overrides an API path parameter: {@code CamelSinchProv} + the capitalised parameter name. */
    public static String parameterHeader(String parameterName) {
        return PREFIX + Character.toUpperCase(parameterName.charAt(0)) + parameterName.substring(1);
    }
}
