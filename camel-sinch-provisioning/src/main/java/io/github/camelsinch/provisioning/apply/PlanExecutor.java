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
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ClientSettings;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.request.ResponseJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Sends the writes of a plan, in plan order, one at a time, through the component's client (its retries, deadlines
 * and typed errors). A failed write is recorded on its action and the next one is sent: one refused template does not
 * hold back the others.
 * <p>
 * Rate limits: the client resends only idempotent requests after a 429, and creates and edits are POST and PATCH.
 * Here a write answered 429 with a {@code Retry-After} within {@code maxRetryAfter} is sent again after that wait, up
 * to {@code maxAttempts} in all, because an apply's writes are safe to repeat: a 429 is refused before any change, and
 * should a create have gone through anyway, its repeat is refused (409, reported as FAILED) and the next plan finds
 * the template as declared; a repeated PATCH carries the same declared content. A longer or missing Retry-After
 * fails the action (RATE_LIMIT), and the next apply picks it up.
 */
final class PlanExecutor {

    private PlanExecutor() {
    }

    static List<ApplyAction> execute(ResourceRules rules, Scope scope, List<PlannedAction> plan,
                                     SinchApiClient client, IntConsumer attempts) {
        List<ApplyAction> done = new ArrayList<>(plan.size());
        for (PlannedAction p : plan) {
            ApplyAction action = p.action();
            if (!action.getType().writes()) {
                done.add(action);
                continue;
            }
            done.add(send(rules, scope, p, client, attempts));
        }
        return done;
    }

    private static ApplyAction send(ResourceRules rules, Scope scope, PlannedAction p, SinchApiClient client,
                                    IntConsumer attempts) {
        ApplyAction action = p.action();
        ApiRequest request = request(rules, scope, p);
        for (int attempt = 1;; attempt++) {
            try {
                ApiResponse response = client.execute(request);
                attempts.accept(response.attempts());
                String id = action.getType() == ActionType.CREATE
                        ? rules.createdId(created(client, request, response)) : null;
                return action.withOutcome(ActionOutcome.DONE, null, id);
            } catch (ApiCallException e) {
                attempts.accept(e.attempts());
                Duration wait = rateLimitWait(e, client.settings(), attempt);
                if (wait == null || !sleep(client, wait)) {
                    return action.withOutcome(ActionOutcome.FAILED, ApplyError.of(e), null);
                }
            }
        }
    }

    /** The Retry-After to wait before sending a rate-limited write again, or null to give up. */
    private static Duration rateLimitWait(ApiCallException e, ClientSettings settings, int attempt) {
        Duration retryAfter = e.retryAfter().orElse(null);
        boolean rateLimited = e.kind() == ErrorKind.RATE_LIMIT && e.httpStatus() == 429;
        if (!rateLimited || retryAfter == null || retryAfter.compareTo(settings.maxRetryAfter()) > 0
                || attempt >= settings.maxAttempts()) {
            return null;
        }
        return retryAfter;
    }

    private static boolean sleep(SinchApiClient client, Duration wait) {
        try {
            client.transport().sleeper().sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ApiRequest request(ResourceRules rules, Scope scope, PlannedAction p) {
        return switch (p.action().getType()) {
            case CREATE -> rules.create(scope, p.declared());
            case UPDATE -> rules.update(scope, p.declared(), p.remote(), p.action().getChangedFields());
            case DELETE -> rules.delete(scope, p.remote());
            default -> throw new IllegalStateException("not a write: " + p.action().getType());
        };
    }

    /**
     * The created resource, for its id; null when the answer has none or cannot be read: the write itself
     * succeeded, so it is DONE, and only the id the result shows is missing.
     */
    private static ObjectNode created(SinchApiClient client, ApiRequest request, ApiResponse response) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            return ResponseJson.object(client, request, response);
        } catch (ApiCallException unreadable) {
            return null;
        }
    }
}
