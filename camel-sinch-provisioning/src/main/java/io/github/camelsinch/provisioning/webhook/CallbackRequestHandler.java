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
package io.github.camelsinch.provisioning.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Handles one HTTP request of the platform-http consumer: bound the body, verify, refuse replays, read the envelope,
 * and only then hand the callback to the route. A refused request gets its status (413 for a body over
 * maxBodySize, 401 for anything about the signature, 400 for a signed body the receiver cannot use) and no exchange
 * is created for the route. An accepted one is answered 200 only after the route processed it, 500 when it failed,
 * so Sinch retries.
 */
final class CallbackRequestHandler implements Processor {

    private final SinchProvisioningWebhookConsumer consumer;
    private final WebhookSignatureVerifier verifier;
    private final NonceReplayCache nonces;
    private final int maxBodySize;
    private final Supplier<Instant> clock;

    CallbackRequestHandler(SinchProvisioningWebhookConsumer consumer, WebhookReceiverSettings settings,
                           Supplier<Instant> clock) {
        this.consumer = consumer;
        this.verifier = settings.verifier();
        this.nonces = new NonceReplayCache(settings.nonceCacheSize());
        this.maxBodySize = settings.maxBodySize();
        this.clock = clock;
    }

    @Override
    public void process(Exchange http) throws IOException {
        Message request = http.getMessage();
        // Before the signature: an unsigned sender must not make the receiver read or hash more than the limit.
        Optional<byte[]> body = BoundedBody.read(request, maxBodySize);
        if (body.isEmpty()) {
            refuse(http, RejectionReason.BODY_TOO_LARGE, "the body is larger than maxBodySize (" + maxBodySize
                    + " bytes)");
            return;
        }
        byte[] rawBody = body.get();
        Instant now = clock.get();
        SignatureVerdict verdict = verifier.verify(rawBody, request.getHeaders(), now);
        if (!verdict.isAccepted()) {
            refuse(http, verdict.rejection(), null);
            return;
        }
        NonceReplayCache.Outcome nonce = nonces.register(verdict.nonce(),
                verdict.signedAt().plus(verifier.tolerance()), now);
        if (nonce != NonceReplayCache.Outcome.FIRST_USE) {
            refuse(http, nonce == NonceReplayCache.Outcome.REPLAYED
                    ? RejectionReason.REPLAYED_NONCE : RejectionReason.NONCE_CACHE_FULL, null);
            return;
        }
        CallbackEnvelopeReader.Reading envelope = CallbackEnvelopeReader.read(rawBody);
        if (!envelope.isAccepted()) {
            refuse(http, envelope.rejection(), envelope.problem());
            return;
        }
        consumer.signedWithPreviousSecret(verdict.previousSecret());
        respond(http, consumer.deliver(envelope.envelope(), now));
    }

    private void refuse(Exchange http, RejectionReason reason, String problem) {
        consumer.refused(reason, problem);
        respond(http, reason.httpStatus());
    }

    /** Nothing of the request goes back: no header is echoed, the body is the status phrase alone. */
    private static void respond(Exchange http, int status) {
        Message response = http.getMessage();
        response.getHeaders().clear();
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.setBody(phrase(status));
    }

    private static String phrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> "Not processed";
        };
    }
}
