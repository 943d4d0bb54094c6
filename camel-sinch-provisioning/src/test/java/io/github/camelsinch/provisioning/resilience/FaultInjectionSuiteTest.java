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
package io.github.camelsinch.provisioning.resilience;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measured table of docs/resilience.md (Retries): every fault the simulator can inject, through a route, with the
 * production retry defaults (3 attempts, 200 ms initial backoff, Retry-After honoured up to 30 s). Each scenario
 * asserts the outcome, the requests the server saw and the time spent waiting on the fake clock. The table of all
 * scenarios is printed at the end.
 */
class FaultInjectionSuiteTest extends SimulatedApiTestSupport {

    private static final String GET = "sinch-prov:webhooks/list";
    private static final String POST = "sinch-prov:webhooks/create";
    /** Bounds of the equal-jitter backoff before attempt 2 and attempt 3 with the defaults (200 ms initial). */
    private static final Duration FIRST_BACKOFF_MIN = Duration.ofMillis(100);
    private static final Duration FIRST_BACKOFF_MAX = Duration.ofMillis(200);
    private static final Duration TWO_BACKOFFS_MIN = Duration.ofMillis(100 + 200);
    private static final Duration TWO_BACKOFFS_MAX = Duration.ofMillis(200 + 400);

    private static final List<String> TABLE = Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void printTable() {
        System.out.printf("%n%-58s | %-32s | %3s | %5s | %s%n", "scenario", "outcome", "API", "token",
                "waited (fake clock)");
        TABLE.stream().sorted().forEach(System.out::println);
    }

    // --- rate limits ---------------------------------------------------------------------------------------------

    @Test
    void a429WithRetryAfterIsWaitedOutOnTheFakeClockThenSucceeds() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofSeconds(1))));

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 2);
        assertEquals(2, requests("GET", WEBHOOKS_PATH).size());
        assertEquals(Duration.ofSeconds(1), elapsed(), "exactly the Retry-After");
        report("GET 429 Retry-After 1 s once", result);
    }

    @Test
    void a429WithRetryAfterBeyondTheCapFailsAtOnceWithTheDelay() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofSeconds(60))));

        Exchange result = template.send(GET, e -> {});

        SinchProvisioningException e = assertFailed(result, ErrorKind.RATE_LIMIT, 1);
        assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
        assertEquals(429, e.getHttpResponseCode());
        assertEquals(1, requests("GET", WEBHOOKS_PATH).size());
        assertEquals(Duration.ZERO, elapsed(), "a 60 s wait is over the 30 s cap: fail fast, do not hold the thread");
        report("GET 429 Retry-After 60 s (cap 30 s)", result);
    }

    @Test
    void aPostAnswered429IsNotResent() {
        SIM.control().addFault(FaultRule.on("POST", WEBHOOKS, 1, Fault.rateLimited(Duration.ofSeconds(1))));

        Exchange result = template.send(POST, e -> e.getMessage().setBody(webhook("http://127.0.0.1:9/a")));

        assertFailed(result, ErrorKind.RATE_LIMIT, 1);
        assertEquals(1, requests("POST", WEBHOOKS_PATH).size());
        assertEquals(Duration.ZERO, elapsed());
        report("POST 429 Retry-After 1 s", result);
    }

    // --- server errors ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "GET answered {0} twice, then 200")
    @ValueSource(ints = {500, 502, 503, 504})
    void aGetSurvivesTwoServerErrorsWithTwoBackoffs(int status) {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 2, Fault.status(status)));

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 3);
        assertEquals(3, requests("GET", WEBHOOKS_PATH).size());
        assertBetween(TWO_BACKOFFS_MIN, TWO_BACKOFFS_MAX, elapsed());
        assertEquals(sleeper.total(), elapsed(), "every wait went through the sleeper");
        report("GET " + status + " twice, then 200", result);
    }

    @Test
    void aGetAnswered503ThreeTimesFailsAfterThreeAttempts() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 3, Fault.unavailable()));

        Exchange result = template.send(GET, e -> {});

        SinchProvisioningException e = assertFailed(result, ErrorKind.SERVER, 3);
        assertEquals(503, e.getHttpResponseCode());
        assertEquals(3, requests("GET", WEBHOOKS_PATH).size());
        assertBetween(TWO_BACKOFFS_MIN, TWO_BACKOFFS_MAX, elapsed());
        report("GET 503 three times (maxAttempts 3)", result);
    }

    @ParameterizedTest(name = "POST answered {0} reaches the server once")
    @ValueSource(ints = {500, 503})
    void aPostAnsweredWithAServerErrorReachesTheServerExactlyOnce(int status) {
        SIM.control().addFault(FaultRule.on("POST", WEBHOOKS, 1, Fault.status(status)));

        Exchange result = template.send(POST, e -> e.getMessage().setBody(webhook("http://127.0.0.1:9/b")));

        assertFailed(result, ErrorKind.SERVER, 1);
        assertEquals(1, requests("POST", WEBHOOKS_PATH).size(), "a create is never sent twice");
        assertEquals(Duration.ZERO, elapsed());
        report("POST " + status + " once", result);
    }

    // --- the connection -----------------------------------------------------------------------------------------

    @Test
    void aGetWhoseConnectionIsResetIsRetried() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.dropConnection()));

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 2);
        assertEquals(List.of(0, 200), requests("GET", WEBHOOKS_PATH).stream().map(r -> r.status()).toList());
        assertBetween(FIRST_BACKOFF_MIN, FIRST_BACKOFF_MAX, elapsed());
        report("GET connection dropped once", result);
    }

    @Test
    void aPostWhoseConnectionIsResetIsNotResentBecauseTheServerMayHaveActed() {
        SIM.control().addFault(FaultRule.on("POST", WEBHOOKS, 1, Fault.dropConnection()));

        Exchange result = template.send(POST, e -> e.getMessage().setBody(webhook("http://127.0.0.1:9/c")));

        SinchProvisioningException e = assertFailed(result, ErrorKind.TRANSPORT, 1);
        assertEquals(0, e.getHttpResponseCode());
        assertEquals(1, requests("POST", WEBHOOKS_PATH).size());
        assertEquals(Duration.ZERO, elapsed());
        report("POST connection dropped", result);
    }

    @Test
    void aStalledGetTimesOutAndTheRetrySucceeds() throws Exception {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.delay(Duration.ofMillis(1500))));

        long started = System.nanoTime();
        Exchange result = template.send(GET + "?responseTimeout=300", e -> {});
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertSucceeded(result, 2);
        assertTrue(tookMs >= 300 && tookMs < 1500, "gave up on the stalled response after about 300 ms: " + tookMs);
        assertBetween(FIRST_BACKOFF_MIN, FIRST_BACKOFF_MAX, elapsed());
        // The stalled request enters the simulator's log only when it is finally answered, 1.5 s after it came.
        awaitRequests("GET", WEBHOOKS_PATH, 2);
        report("GET stalled 1.5 s (responseTimeout 300 ms)", result);
    }

    @Test
    void aStalledPostTimesOutAndIsNotResent() throws Exception {
        SIM.control().addFault(FaultRule.on("POST", WEBHOOKS, 1, Fault.delay(Duration.ofMillis(1000))));

        Exchange result = template.send(POST + "?responseTimeout=300",
                e -> e.getMessage().setBody(webhook("http://127.0.0.1:9/d")));

        assertFailed(result, ErrorKind.TRANSPORT, 1);
        awaitRequests("POST", WEBHOOKS_PATH, 1);
        Thread.sleep(300); // long enough for a wrongly resent POST to show up as well
        assertEquals(1, requests("POST", WEBHOOKS_PATH).size());
        assertEquals(Duration.ZERO, elapsed());
        report("POST stalled 1 s (responseTimeout 300 ms)", result);
    }

    @Test
    void aSuccessWithAMalformedJsonBodyIsATypedErrorNotARetry() {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.malformedBody(200)));

        Exchange result = template.send(GET, e -> {});

        SinchProvisioningException e = assertFailed(result, ErrorKind.SERVER, 1);
        assertEquals(200, e.getHttpResponseCode());
        assertEquals(1, requests("GET", WEBHOOKS_PATH).size());
        assertEquals(Duration.ZERO, elapsed());
        report("GET 200 with malformed JSON", result);
    }

    // --- tokens ----------------------------------------------------------------------------------------------------

    @Test
    void a401WithATokenTheServerExpiredIsCuredByOneReactiveRefresh() {
        assertSucceeded(template.send(GET, e -> {}), 1); // a token, valid on both clocks
        SIM.control().advance(Duration.ofHours(1).plusSeconds(1)); // the server expires it; our clock does not move
        SIM.control().clearRequests();

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 2);
        assertEquals(List.of(401, 200), requests("GET", WEBHOOKS_PATH).stream().map(r -> r.status()).toList());
        assertEquals(1, tokenRequests());
        assertEquals(1, transport.metrics().tokenRefreshes());
        assertEquals(Duration.ZERO, elapsed());
        report("GET 401, token expired on the server (2nd call)", result);
    }

    @Test
    void aTokenNearItsExpiryIsRefreshedBeforeTheCallWithout401() {
        assertSucceeded(template.send(GET, e -> {}), 1);
        // Both clocks pass expires_in - tokenRefreshMargin (3600 s - 60 s): the component refreshes first.
        Duration past = Duration.ofSeconds(3600 - 60 + 1);
        SIM.control().advance(past);
        clock.advance(past);
        SIM.control().clearRequests();

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 1);
        assertEquals(List.of(200), requests("GET", WEBHOOKS_PATH).stream().map(r -> r.status()).toList());
        assertEquals(1, tokenRequests());
        assertEquals(1, transport.metrics().tokenRefreshes());
        report("GET, token 59 s before expiry (2nd call)", result);
    }

    @Test
    void aTokenEndpoint429IsWaitedOutAndTheCallProceeds() {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 1, Fault.rateLimited(Duration.ofSeconds(1))));

        Exchange result = template.send(GET, e -> {});

        assertSucceeded(result, 1);
        assertEquals(List.of(429, 200), requests("POST", TOKEN_PATH).stream().map(r -> r.status()).toList());
        assertEquals(1, requests("GET", WEBHOOKS_PATH).size());
        assertEquals(Duration.ofSeconds(1), elapsed());
        report("token endpoint 429 Retry-After 1 s once", result);
    }

    @Test
    void aTokenEndpointThatKeepsAnswering429FailsAfterThreeTokenRequestsAndSendsNoApiCall() {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 5, Fault.rateLimited(Duration.ofSeconds(1))));

        Exchange result = template.send(GET, e -> {});

        SinchProvisioningException e = assertFailed(result, ErrorKind.RATE_LIMIT, 0);
        assertEquals(429, e.getHttpResponseCode());
        assertEquals(3, tokenRequests(), "bounded: at most 3 token requests");
        assertEquals(0, apiRequests());
        assertEquals(Duration.ofSeconds(2), elapsed(), "two Retry-After waits between three attempts");
        report("token endpoint 429 five times", result);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String webhook(String target) {
        return "{\"target\":\"" + target + "\",\"secret\":\"resilience-webhook-secret\",\"triggers\":[\"ALL\"]}";
    }

    private static void assertSucceeded(Exchange result, int attempts) {
        assertNull(result.getException(), () -> "expected success: " + result.getException());
        assertEquals(200, result.getMessage().getHeader(SinchProvisioningConstants.HTTP_STATUS));
        assertEquals(attempts, result.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS),
                SinchProvisioningConstants.ATTEMPTS);
    }

    private static SinchProvisioningException assertFailed(Exchange result, ErrorKind kind, int attempts) {
        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(kind, e.kind(), e::getMessage);
        assertEquals(attempts, e.attempts(), "attempts of " + e.getMessage());
        assertEquals(attempts, result.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS),
                SinchProvisioningConstants.ATTEMPTS + " on the failed exchange");
        return e;
    }

    private static void assertBetween(Duration min, Duration max, Duration actual) {
        assertTrue(actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0,
                () -> "expected between " + min + " and " + max + ", was " + actual);
    }

    private static void awaitRequests(String method, String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (requests(method, path).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(count, requests(method, path).size(), method + " " + path);
    }

    private void report(String scenario, Exchange result) {
        String outcome = result.getException() == null
                ? "200 after " + result.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS) + " attempt(s)"
                : ((SinchProvisioningException) result.getException()).kind() + " (HTTP "
                        + ((SinchProvisioningException) result.getException()).httpStatus() + ")";
        TABLE.add(String.format("%-58s | %-32s | %3d | %5d | %d ms", scenario, outcome, apiRequests(),
                tokenRequests(), sleeper.total().toMillis()));
    }
}
