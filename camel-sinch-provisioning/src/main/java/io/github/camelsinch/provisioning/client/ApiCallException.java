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
package io.github.camelsinch.provisioning.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed Provisioning API call: the HTTP status (0 when no response arrived), the PAPI error body fields and a
 * {@link ErrorKind}. The message names the operation as the endpoint URI does ({@code whatsapp-senders/list}) and
 * the URL, never a secret and never a request body; {@link #operationId()} keeps the contract's id for support.
 * <p>
 * This is the Camel-free client's exception; a route never sees it bare, but as its subclass
 * {@code SinchProvisioningException}, which adds what Camel's health checks read.
 */
public class ApiCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String resolution;
    private final Map<String, List<String>> additionalInformation;
    private final String operationId;
    private final String operation;
    private final String hint;
    private final String sanitizedUri;
    private final Duration retryAfter;
    private final int attempts;

    private ApiCallException(Builder b) {
        super(b.message != null ? b.message : standardMessage(b), b.cause);
        this.kind = b.kind;
        this.httpStatus = b.httpStatus;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.resolution = b.resolution;
        this.additionalInformation = b.additionalInformation;
        this.operationId = b.operationId;
        this.operation = b.operation != null ? b.operation : b.operationId;
        this.hint = b.hint;
        this.sanitizedUri = b.sanitizedUri;
        this.retryAfter = b.retryAfter;
        this.attempts = b.attempts;
    }

    /** Re-wraps another instance keeping every field, message and cause (for a Camel-facing subclass). */
    protected ApiCallException(ApiCallException other) {
        this(other, other.attempts);
    }

    /** Re-wraps another instance as above, with the attempts of the whole call (e.g. summed over pages). */
    protected ApiCallException(ApiCallException other, int attempts) {
        super(other.getMessage(), other.getCause());
        this.kind = other.kind;
        this.httpStatus = other.httpStatus;
        this.errorCode = other.errorCode;
        this.errorMessage = other.errorMessage;
        this.resolution = other.resolution;
        this.additionalInformation = other.additionalInformation;
        this.operationId = other.operationId;
        this.operation = other.operation;
        this.hint = other.hint;
        this.sanitizedUri = other.sanitizedUri;
        this.retryAfter = other.retryAfter;
        this.attempts = attempts;
        setStackTrace(other.getStackTrace());
    }

    /** This failure, as the outcome of a call that sent {@code attempts} HTTP requests to the API. */
    ApiCallException withAttempts(int attempts) {
        return attempts == this.attempts ? this : new ApiCallException(this, attempts);
    }

    /**
     * Starts an exception; the message is composed from the fields unless {@link Builder#message} is set.
     *
     * @param sanitizedUri method and URL, e.g. {@code "GET https://host/v1/projects/p/..."}; no credentials
     */
    public static Builder builder(ErrorKind kind, String operationId, String sanitizedUri) {
        return new Builder(kind, operationId, sanitizedUri);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** HTTP status, or 0 when no response was received (connect failure, timeout, reset). */
    public int httpStatus() {
        return httpStatus;
    }

    /** PAPI {@code errorCode}, or null when the body was not a PAPI error. */
    public String errorCode() {
        return errorCode;
    }

    /** PAPI {@code message}, else a cleaned snippet of the body, else the HTTP reason phrase. */
    public String errorMessage() {
        return errorMessage;
    }

    /** PAPI {@code resolution}, or null. */
    public String resolution() {
        return resolution;
    }

    /** PAPI {@code additionalInformation}; a plain string value is a one-element list. Never null. */
    public Map<String, List<String>> additionalInformation() {
        return additionalInformation;
    }

    /** The contract's operationId (e.g. {@code senderscontroller_listsenders_v1}), what a support ticket quotes. */
    public String operationId() {
        return operationId;
    }

    /**
     * The operation as the endpoint URI names it, e.g. {@code whatsapp-senders/list}; the operationId when the
     * call was not made through the operation catalogue.
     */
    public String operation() {
        return operation;
    }

    /** What the component suggests to fix the failure (e.g. which credentials to check), or null. */
    public String hint() {
        return hint;
    }

    /** Method and URL of the call, free of credentials. */
    public String sanitizedUri() {
        return sanitizedUri;
    }

    /** The server's Retry-After, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The HTTP requests the failed call sent to the API (retries and a 401 resend included, token requests not);
     * 0 when it failed before sending any, e.g. because no access token could be obtained.
     */
    public int attempts() {
        return attempts;
    }

    private static String standardMessage(Builder b) {
        StringBuilder m = new StringBuilder().append(b.operation != null ? b.operation : b.operationId).append(' ')
                .append(b.sanitizedUri).append(": ");
        if (b.httpStatus > 0) {
            m.append("HTTP ").append(b.httpStatus);
            if (b.errorCode != null) {
                m.append(' ').append(b.errorCode);
            }
            m.append(": ");
        }
        m.append(b.errorMessage == null ? b.kind.name().toLowerCase(java.util.Locale.ROOT) : b.errorMessage);
        if (b.hint != null) {
            // Ours first: the API's resolution may point elsewhere (a wrong secret gets "verify the projectId").
            m.append(m.charAt(m.length() - 1) == '.' ? " " : ". ").append(b.hint);
        }
        if (b.resolution != null) {
            m.append(" (resolution: ").append(b.resolution).append(')');
        }
        if (b.retryAfter != null) {
            m.append(" [retry after ").append(b.retryAfter.toSeconds()).append(" s]");
        }
        return m.toString();
    }

    /** Collects the fields of a {@link ApiCallException}. */
    public static final class Builder {
        private final ErrorKind kind;
        private final String operationId;
        private final String sanitizedUri;
        private String operation;
        private String hint;
        private int httpStatus;
        private String errorCode;
        private String errorMessage;
        private String resolution;
        private Map<String, List<String>> additionalInformation = Map.of();
        private Duration retryAfter;
        private int attempts;
        private String message;
        private Throwable cause;

        private Builder(ErrorKind kind, String operationId, String sanitizedUri) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.operationId = operationId;
            this.sanitizedUri = sanitizedUri;
        }

        /** The operation as the endpoint URI names it; see {@link ApiCallException#operation()}. */
        public Builder operation(String value) {
            operation = value;
            return this;
        }

        /** The component's own advice, put before the API's resolution in the message; never a secret. */
        public Builder hint(String value) {
            hint = value;
            return this;
        }

        public Builder httpStatus(int value) {
            httpStatus = value;
            return this;
        }

        public Builder errorCode(String value) {
            errorCode = value;
            return this;
        }

        public Builder errorMessage(String value) {
            errorMessage = value;
            return this;
        }

        public Builder resolution(String value) {
            resolution = value;
            return this;
        }

        public Builder additionalInformation(Map<String, List<String>> value) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            if (value != null) {
                value.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            }
            additionalInformation = java.util.Collections.unmodifiableMap(copy);
            return this;
        }

        public Builder retryAfter(Duration value) {
            retryAfter = value;
            return this;
        }

        /** The HTTP requests the call sent; see {@link ApiCallException#attempts()}. */
        public Builder attempts(int value) {
            attempts = value;
            return this;
        }

        /** Overrides the composed message; the caller is responsible for keeping secrets out of it. */
        public Builder message(String value) {
            message = value;
            return this;
        }

        public Builder cause(Throwable value) {
            cause = value;
            return this;
        }

        public ApiCallException build() {
            return new ApiCallException(this);
        }
    }
}
