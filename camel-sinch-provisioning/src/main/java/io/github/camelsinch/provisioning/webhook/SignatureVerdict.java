package io.github.camelsinch.provisioning.webhook;

import java.time.Instant;

/**
 * The outcome of checking one callback's signature.
 *
 * @param rejection      why it was refused; null when accepted
 * @param nonce          the request's nonce (accepted verdicts only), for the replay cache
 * @param signedAt       the request's signed timestamp (accepted verdicts only)
 * @param previousSecret true when only the previous secret matched: the sender has not switched to the new one yet
 */
record SignatureVerdict(RejectionReason rejection, String nonce, Instant signedAt, boolean previousSecret) {

    static SignatureVerdict accepted(String nonce, Instant signedAt, boolean previousSecret) {
        return new SignatureVerdict(null, nonce, signedAt, previousSecret);
    }

    static SignatureVerdict rejected(RejectionReason reason) {
        return new SignatureVerdict(reason, null, null, false);
    }

    public boolean isAccepted() {
        return rejection == null;
    }
}
