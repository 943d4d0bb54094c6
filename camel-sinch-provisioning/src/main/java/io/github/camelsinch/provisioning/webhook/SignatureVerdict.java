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
