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

import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Path parameters come from endpoint options or from the component's {@code CamelSinchProv<Name>} headers (the
 * header wins), the operation can be chosen per message, and every value travels as exactly one encoded segment.
 */
class PathAndHeaderParametersTest extends StubbedApiTestSupport {

    private static final String SENDERS = "/v1/projects/" + PROJECT_ID + "/whatsapp/senders";

    @BeforeEach
    void answerEverything() {
        server.defaultResponder(r -> StubResponse.json(200, "{}"));
    }

    @Test
    void pathParameterComesFromTheEndpointOption() {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=from-option", (Object) null);

        assertNull(result.getException());
        assertEquals(SENDERS + "/from-option", lastApiRequest().path());
    }

    @Test
    void headerWinsOverTheEndpointOption() {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=from-option",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.SENDER_ID, "from-header"));

        assertNull(result.getException());
        assertEquals(SENDERS + "/from-header", lastApiRequest().path());
    }

    @Test
    void headerSuppliesAParameterTheEndpointLacks() {
        Exchange result = call("sinch-prov:whatsapp-templates/get", e -> {
            e.getMessage().setHeader(SinchProvisioningConstants.TEMPLATE_NAME, "order_update");
            e.getMessage().setHeader(SinchProvisioningConstants.LANGUAGE_CODE, "EN_US");
        });

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals("/v1/projects/" + PROJECT_ID + "/whatsapp/templates/order_update/languages/EN_US",
                lastApiRequest().path());
    }

    @Test
    void headerValueIsCheckedAgainstTheContractToo() {
        Exchange result = call("sinch-prov:whatsapp-templates/get?templateName=t",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.LANGUAGE_CODE, "KLINGON"));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains("KLINGON") && e.getMessage().contains("languageCode")
                && e.getMessage().contains("EN_US"), e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void theProtobufPlaceholderOfAnEnumIsRefusedBeforeSending() {
        // The contract's enum lists UNRECOGNIZED (a protobuf artifact); the API never takes it as input.
        Exchange result = call("sinch-prov:whatsapp-templates/get?templateName=t",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.LANGUAGE_CODE, "UNRECOGNIZED"));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        String message = e.getMessage();
        assertTrue(message.startsWith("Invalid value 'UNRECOGNIZED' for parameter languageCode of"
                + " whatsapp-templates/get: expected one of AF, AR, AZ,"), message);
        assertTrue(message.contains("protobuf placeholder"), message);
        // The list is bounded: twenty values and the count, not all of them.
        assertTrue(message.matches("(?s).*, \\.\\.\\. \\(\\d+ in all\\).*"), message);
        assertFalse(message.contains("ZU"), message);
        assertEquals(List.of(), server.requests());
    }

    @Test
    void nonStringHeaderValueIsConverted() {
        Exchange result = call("sinch-prov:rcs-senders/getTestNumberState?senderId=s1",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.TEST_NUMBER, 15551234567L));

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals("/v1/projects/" + PROJECT_ID + "/rcs/senders/s1/testNumbers/15551234567", lastApiRequest().path());
    }

    @Test
    void projectIdComesFromTheComponentTheEndpointOrTheHeader() {
        call("sinch-prov:webhooks/list", (Object) null);
        call("sinch-prov:webhooks/list?projectId=endpoint-project", (Object) null);
        call("sinch-prov:webhooks/list?projectId=endpoint-project",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.PROJECT_ID, "header-project"));

        assertEquals(List.of("/v1/projects/" + PROJECT_ID + "/webhooks", "/v1/projects/endpoint-project/webhooks",
                "/v1/projects/header-project/webhooks"), apiRequests().stream().map(StubRequest::path).toList());
    }

    @Test
    void blankHeaderDoesNotOverrideTheOption() {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=from-option",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.SENDER_ID, "  "));

        assertNull(result.getException());
        assertEquals(SENDERS + "/from-option", lastApiRequest().path());
    }

    @Test
    void missingPathParameterNamesTheOptionAndTheHeaderAndSendsNothing() {
        Exchange result = call("sinch-prov:whatsapp-senders/get", (Object) null);

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains("senderId"), e.getMessage());
        assertTrue(e.getMessage().contains("whatsapp-senders/get"), e.getMessage());
        assertTrue(e.getMessage().contains("CamelSinchProvSenderId"), e.getMessage());
        assertEquals(List.of(), server.requests(), "not even a token request");
    }

    @Test
    void missingProjectIdNamesTheOptionAndTheHeader() throws Exception {
        SinchProvisioningComponent noProject = stubComponent();
        noProject.getConfiguration().setProjectId(null);
        context.addComponent("sinch-noproject", noProject);

        Exchange result = call("sinch-noproject:webhooks/list", (Object) null);

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains("projectId") && e.getMessage().contains("CamelSinchProvProjectId"),
                e.getMessage());
        assertEquals(List.of(), server.requests());

        call("sinch-noproject:webhooks/list",
                ex -> ex.getMessage().setHeader(SinchProvisioningConstants.PROJECT_ID, "from-header"));
        assertEquals("/v1/projects/from-header/webhooks", lastApiRequest().path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "whatsapp-senders/listActivities | GET    | /s1/activities",
        "listActivities                  | GET    | /s1/activities",
        "delete                          | DELETE | /s1",
        " whatsapp-senders/get           | GET    | /s1"})
    void operationHeaderChoosesTheCall(String operation, String method, String pathSuffix) {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=s1",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.OPERATION, operation));

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        StubRequest sent = lastApiRequest();
        assertEquals(method, sent.method());
        assertEquals(SENDERS + pathSuffix, sent.path());
        String expected = operation.trim().contains("/") ? operation.trim() : "whatsapp-senders/" + operation.trim();
        assertEquals(expected, result.getMessage().getHeader(SinchProvisioningConstants.CALLED_OPERATION));
    }

    @Test
    void operationHeaderMayNameAnotherApi() {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=s1",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.OPERATION, "webhooks/list"));

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals("/v1/projects/" + PROJECT_ID + "/webhooks", lastApiRequest().path());
        assertEquals("webhooks/list", result.getMessage().getHeader(SinchProvisioningConstants.CALLED_OPERATION));
    }

    @Test
    void endpointOptionsAreCheckedAgainstTheOperationTheHeaderChose() {
        Exchange result = call("sinch-prov:whatsapp-senders/list?pageSize=100",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.OPERATION, "webhooks/list"));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains("pageSize") && e.getMessage().contains("from 1 to 15"), e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lst           | 'lst'  | Valid operations of whatsapp-senders: list, create, get",
        "webhooks/nope | 'nope' | Valid operations of webhooks: list, create, get",
        "nope/list     | 'nope' | Valid apis: whatsapp-accounts"})
    void unknownOperationHeaderNamesWhatIsValidAndSendsNothing(String operation, String wrong, String valid) {
        Exchange result = call("sinch-prov:whatsapp-senders/get?senderId=s1",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.OPERATION, operation));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains(wrong), e.getMessage());
        assertTrue(e.getMessage().contains(valid), e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"a b\"        | a%20b",
        "a/b            | a%2Fb",
        "a?b=c          | a%3Fb%3Dc",
        "a#b            | a%23b",
        "../x           | ..%2Fx",
        "100%           | 100%25",
        "ä+@;           | %C3%A4%2B%40%3B"})
    void pathValueArrivesAsOneEncodedSegment(String value, String expectedSegment) {
        Exchange result = call("sinch-prov:whatsapp-senders/listActivities",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.SENDER_ID, value));

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        StubRequest sent = lastApiRequest();
        assertEquals(SENDERS + "/" + expectedSegment + "/activities", sent.path());
        assertNull(sent.rawQuery(), "a '?' in a value must not start a query");
        String[] segments = sent.path().split("/");
        assertEquals(value, URI.create("http://h/" + segments[segments.length - 2]).getPath().substring(1));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {".", ".."})
    void dotSegmentsAreRefusedBeforeSending(String value) {
        Exchange result = call("sinch-prov:whatsapp-senders/get",
                e -> e.getMessage().setHeader(SinchProvisioningConstants.SENDER_ID, value));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(e.getMessage().contains("senderId"), e.getMessage());
        assertEquals(List.of(), apiRequests());
    }

    @Test
    void optionValueIsEncodedTheSameWay() {
        Exchange result = call("sinch-prov:whatsapp-templates/get?templateName=RAW(order update/v2)&languageCode=EN",
                (Object) null);

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals("/v1/projects/" + PROJECT_ID + "/whatsapp/templates/order%20update%2Fv2/languages/EN",
                lastApiRequest().path());
    }
}
