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

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.AuthType;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.request.OperationRequest;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * The {@code checkCredentialsOnStart} check: with OAuth2 an access token is obtained (the token endpoint checks the
 * key), with Basic auth the cheapest authenticated read of the project is made, one webhook. Without it, wrong
 * credentials surface at the first message, possibly hours later.
 */
final class CredentialsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsCheck.class);
    /** A project has at most a handful of webhooks: listing one is the lightest authenticated call there is. */
    private static final ApiOperation PROBE = OperationCatalog.get().require("webhooks", "list");

    private CredentialsCheck() {
    }

    /** @throws CredentialsCheckFailedException naming the key id, the server's answer and whose problem it is */
    static void run(SinchApiClient client, SinchProvisioningConfiguration configuration, String endpointUri) {
        AuthType authType = client.settings().authType();
        String who = "keyId '" + client.settings().keyId() + "' (authType "
                + authType.name().toLowerCase(Locale.ROOT) + ") of " + URISupport.sanitizeUri(endpointUri);
        try {
            if (authType == AuthType.OAUTH2) {
                client.authenticate();
            } else {
                client.execute(probe(configuration, who));
            }
        } catch (ApiCallException e) {
            throw failure(who, authType, configuration.getProjectId(), new SinchProvisioningException(e));
        }
        LOG.info("Credentials checked on start: {} {}", who,
                authType == AuthType.OAUTH2 ? "got an access token" : "was accepted by the API");
    }

    private static ApiRequest probe(SinchProvisioningConfiguration configuration, String who) {
        String projectId = configuration.getProjectId();
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("checkCredentialsOnStart with authType basic needs the projectId"
                    + " option: the check lists one webhook of the project (" + who + ")");
        }
        return OperationRequest.of(PROBE).displayName(PROBE.uriPath() + " (credentials check)")
                .set("projectId", projectId).set("pageSize", 1).build();
    }

    private static CredentialsCheckFailedException failure(String who, AuthType authType, String projectId,
                                                           SinchProvisioningException e) {
        String prefix = "checkCredentialsOnStart: ";
        return switch (e.kind()) {
            case AUTHENTICATION -> new CredentialsCheckFailedException(prefix + (authType == AuthType.OAUTH2
                    ? "the token endpoint refused " : "the API refused ") + who + ". " + e.getMessage(), true, e);
            case FORBIDDEN, NOT_FOUND -> new CredentialsCheckFailedException(prefix + "the API accepted " + who
                    + " but not for projectId '" + projectId + "' (HTTP " + e.httpStatus() + "): check that the key"
                    + " belongs to that project. " + e.getMessage(), true, e);
            default -> new CredentialsCheckFailedException(prefix + "could not check " + who + ": "
                    + sentence(e.getMessage()) + " This is not a credentials problem: the "
                    + (authType == AuthType.OAUTH2 ? "token endpoint"
                            : "API")
                    + " " + reason(e) + ". Start the route again later, or set checkCredentialsOnStart=false"
                    + " to start without the check.", false, e);
        };
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String reason(SinchProvisioningException e) {
        return switch (e.kind()) {
            case TRANSPORT -> "did not answer";
            case RATE_LIMIT -> "rate limited the check (HTTP 429)";
            case SERVER -> "failed (HTTP " + e.httpStatus() + ")";
            default -> "answered HTTP " + e.httpStatus() + ", which says nothing about the key";
        };
    }
}
