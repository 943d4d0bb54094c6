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

    private SinchProvisioningConstants() {
    }

    /** The header that overrides an API path parameter: {@code CamelSinchProv} + the capitalised parameter name. */
    public static String parameterHeader(String parameterName) {
        return PREFIX + Character.toUpperCase(parameterName.charAt(0)) + parameterName.substring(1);
    }
}
