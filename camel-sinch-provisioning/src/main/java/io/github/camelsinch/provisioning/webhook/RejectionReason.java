package io.github.camelsinch.provisioning.webhook;

/**
 * Why a callback was refused before any exchange was created, with the HTTP status it is answered with. Only
 * {@link #NONCE_CACHE_FULL} and {@link #MALFORMED_EVENT} are not 401: the first is our capacity (Sinch retries a
 * 503), the second an authenticated body we cannot read (a retry would not help).
 */
public enum RejectionReason {

    /** One of the four x-sinch-webhook-signature* headers is absent, empty or repeated. */
    MISSING_HEADER(401),
    /** The timestamp is not epoch seconds, or the nonce is too long to be one. */
    MALFORMED_HEADER(401),
    /** The request names an algorithm other than the configured one (e.g. HmacSHA1). */
    UNSUPPORTED_ALGORITHM(401),
    /** The timestamp is older than the tolerance allows. */
    STALE_TIMESTAMP(401),
    /** The timestamp is further in the future than the tolerance allows. */
    FUTURE_TIMESTAMP(401),
    /** The signature matches neither the current nor the previous secret (tampered body, wrong secret). */
    SIGNATURE_MISMATCH(401),
    /** A correctly signed request whose nonce was already used within the tolerance window. */
    REPLAYED_NONCE(401),
    /** The replay cache holds nonceCacheSize live nonces; the callback is refused rather than risking a replay. */
    NONCE_CACHE_FULL(503),
    /** Correctly signed, but not a JSON object with a type. */
    MALFORMED_EVENT(400);

    private final int httpStatus;

    RejectionReason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
