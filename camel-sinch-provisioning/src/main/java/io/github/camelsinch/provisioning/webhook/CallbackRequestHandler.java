package io.github.camelsinch.provisioning.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Handles one HTTP request of the platform-http consumer: verify, refuse replays, parse, and only then hand the
 * callback to the route. A refused request gets its status (401 for anything about the signature) and no exchange
 * is created for the route. An accepted one is answered 200 only after the route processed it, 500 when it failed,
 * so Sinch retries.
 */
final class CallbackRequestHandler implements Processor {

    private final SinchProvisioningWebhookConsumer consumer;
    private final WebhookSignatureVerifier verifier;
    private final NonceReplayCache nonces;
    private final Supplier<Instant> clock;

    CallbackRequestHandler(SinchProvisioningWebhookConsumer consumer, WebhookReceiverSettings settings,
                           Supplier<Instant> clock) {
        this.consumer = consumer;
        this.verifier = settings.verifier();
        this.nonces = new NonceReplayCache(settings.nonceCacheSize());
        this.clock = clock;
    }

    @Override
    public void process(Exchange http) {
        Message request = http.getMessage();
        byte[] body = request.getBody(byte[].class);
        byte[] rawBody = body == null ? new byte[0] : body;
        Instant now = clock.get();
        SignatureVerdict verdict = verifier.verify(rawBody, request.getHeaders(), now);
        if (!verdict.isAccepted()) {
            refuse(http, verdict.rejection());
            return;
        }
        NonceReplayCache.Outcome nonce = nonces.register(verdict.nonce(),
                verdict.signedAt().plus(verifier.tolerance()), now);
        if (nonce != NonceReplayCache.Outcome.FIRST_USE) {
            refuse(http, nonce == NonceReplayCache.Outcome.REPLAYED
                    ? RejectionReason.REPLAYED_NONCE : RejectionReason.NONCE_CACHE_FULL);
            return;
        }
        Optional<CallbackEnvelope> envelope = CallbackEnvelope.parse(rawBody);
        if (envelope.isEmpty()) {
            refuse(http, RejectionReason.MALFORMED_EVENT);
            return;
        }
        consumer.signedWithPreviousSecret(verdict.previousSecret());
        respond(http, consumer.deliver(envelope.get(), now));
    }

    private void refuse(Exchange http, RejectionReason reason) {
        consumer.refused(reason);
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
            case 503 -> "Service Unavailable";
            default -> "Not processed";
        };
    }
}
