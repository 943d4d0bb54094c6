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

import org.apache.camel.RuntimeCamelException;

/**
 * A producer or consumer with {@code checkCredentialsOnStart=true} did not start because the check failed. The
 * cause is the {@link SinchProvisioningException} of the check, with the HTTP status and the server's error code.
 */
public class CredentialsCheckFailedException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final boolean credentialsRejected;

    public CredentialsCheckFailedException(String message, boolean credentialsRejected,
                                           SinchProvisioningException cause) {
        super(message, cause);
        this.credentialsRejected = credentialsRejected;
    }

    /**
     * True when the server refused the key or the project (fix the configuration); false when the check failed
     * for another reason (an outage, a timeout, a rate limit) and says nothing about the credentials.
     */
    public boolean isCredentialsRejected() {
        return credentialsRejected;
    }

    @Override
    public SinchProvisioningException getCause() {
        return (SinchProvisioningException) super.getCause();
    }
}
