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

import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import org.apache.camel.spi.HttpResponseAware;

/**
 * The one exception a {@code sinch-prov} route sees for a failed call. It carries the HTTP status, the PAPI error
 * ({@code errorCode}, message, resolution, additional information), the operation and the sanitized URI;
 * {@link #kind()} tells authentication, not found, validation, conflict, rate limit, server and proxy errors apart.
 * Being {@link HttpResponseAware}, Camel's health checks report its HTTP status.
 */
public class SinchProvisioningException extends ApiCallException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int httpResponseCode;
    private String httpResponseStatus;

    public SinchProvisioningException(ApiCallException failure) {
        this(failure, failure.attempts());
    }

    /** @param attempts the HTTP requests of the whole call, when more than the failure itself knows of */
    public SinchProvisioningException(ApiCallException failure, int attempts) {
        super(failure, attempts);
        this.httpResponseCode = failure.httpStatus();
        this.httpResponseStatus = failure.errorCode();
    }

    public boolean isAuthenticationError() {
        return kind() == ErrorKind.AUTHENTICATION;
    }

    public boolean isNotFound() {
        return kind() == ErrorKind.NOT_FOUND;
    }

    public boolean isValidationError() {
        return kind() == ErrorKind.VALIDATION;
    }

    public boolean isConflict() {
        return kind() == ErrorKind.CONFLICT;
    }

    public boolean isRateLimited() {
        return kind() == ErrorKind.RATE_LIMIT;
    }

    public boolean isServerError() {
        return kind() == ErrorKind.SERVER;
    }

    /** The configured HTTP proxy answered instead of the API (407 or a refused tunnel). */
    public boolean isProxyError() {
        return kind() == ErrorKind.PROXY;
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpResponseStatus = status;
    }
}
