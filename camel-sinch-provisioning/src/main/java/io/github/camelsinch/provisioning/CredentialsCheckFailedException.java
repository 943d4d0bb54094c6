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
