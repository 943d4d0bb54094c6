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
package io.github.camelsinch.provisioning.metrics;

import java.util.List;

/**
 * The names of the component's meters and of their tags (Micrometer's dotted form; Prometheus shows
 * {@code sinch.prov.calls} as {@code sinch_prov_calls_seconds_count} and so on). docs/operations.md lists them; a
 * test keeps the two in step.
 */
public final class MeterNames {

    public static final String CALLS = "sinch.prov.calls";
    public static final String ATTEMPTS = "sinch.prov.attempts";
    public static final String RETRIES = "sinch.prov.retries";
    public static final String AUTH_FAILURES = "sinch.prov.auth.failures";
    public static final String AUTH_FAILING = "sinch.prov.auth.failing";
    public static final String TOKEN_REQUESTS = "sinch.prov.token.requests";
    public static final String TOKEN_REFRESHES = "sinch.prov.token.refreshes";
    public static final String RATE_LIMIT_HITS = "sinch.prov.rate.limit.hits";
    public static final String RATE_LIMITED = "sinch.prov.rate.limited";
    public static final String RATE_LIMIT_PAUSES = "sinch.prov.rate.limit.pauses";
    public static final String RATE_LIMIT_WAIT = "sinch.prov.rate.limit.wait";

    public static final String CONSUMER_POLL = "sinch.prov.consumer.poll";
    public static final String CONSUMER_RESOURCES = "sinch.prov.consumer.resources";
    public static final String CONSUMER_CHANGES = "sinch.prov.consumer.changes";
    public static final String CONSUMER_POLLS_SKIPPED = "sinch.prov.consumer.polls.skipped";
    public static final String CONSUMER_LAST_COMPLETE_POLL_AGE = "sinch.prov.consumer.last.complete.poll.age";
    public static final String CONSUMER_RATE_LIMIT_PAUSES = "sinch.prov.consumer.rate.limit.pauses";
    public static final String CONSUMER_RATE_LIMIT_WAIT = "sinch.prov.consumer.rate.limit.wait";
    public static final String CONSUMER_STATE_DISCARDED = "sinch.prov.consumer.state.discarded";

    public static final String WEBHOOK_CALLBACKS = "sinch.prov.webhook.callbacks";
    public static final String WEBHOOK_PREVIOUS_SECRET = "sinch.prov.webhook.previous.secret";

    /** Every meter name, in the order docs/operations.md lists them. */
    public static final List<String> ALL = List.of(CALLS, ATTEMPTS, RETRIES, AUTH_FAILURES, AUTH_FAILING,
            TOKEN_REQUESTS, TOKEN_REFRESHES, RATE_LIMIT_HITS, RATE_LIMITED, RATE_LIMIT_PAUSES, RATE_LIMIT_WAIT,
            CONSUMER_POLL, CONSUMER_RESOURCES, CONSUMER_CHANGES, CONSUMER_POLLS_SKIPPED,
            CONSUMER_LAST_COMPLETE_POLL_AGE, CONSUMER_RATE_LIMIT_PAUSES, CONSUMER_RATE_LIMIT_WAIT,
            CONSUMER_STATE_DISCARDED, WEBHOOK_CALLBACKS, WEBHOOK_PREVIOUS_SECRET);

    // Tags: a fixed, small set of values each (never an id, a URL or a token).
    public static final String TAG_CAMEL_CONTEXT = "camelContext";
    public static final String TAG_ROUTE_ID = "routeId";
    public static final String TAG_API = "api";
    public static final String TAG_OPERATION = "operation";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_TYPE = "type";
    public static final String TAG_REASON = "reason";

    private MeterNames() {
    }
}
