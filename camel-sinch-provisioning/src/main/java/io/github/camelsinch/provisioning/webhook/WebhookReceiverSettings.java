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

import io.github.camelsinch.provisioning.client.EndpointUrls;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The receiver's options, checked: everything that could make it accept a callback it should not, or register a
 * webhook that cannot work, fails here, when the route starts. Fail closed: no secret, no receiver.
 *
 * @param projectId the project whose callbacks these are (the state scopes, and the registration)
 */
record WebhookReceiverSettings(String path, WebhookSignatureVerifier verifier, int nonceCacheSize,
                               int maxBodySize, Duration refusalLogInterval, boolean autoRegister, String webhookUrl,
                               List<WebhookWebhookTriggersEnum> triggers,
                               boolean unregisterOnStop, String projectId) {

    static WebhookReceiverSettings of(SinchProvisioningWebhookConfiguration c, String projectId) {
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("sinch-prov:webhook needs the projectId option (on the component or"
                    + " the endpoint): the project whose callbacks it receives");
        }
        String path = c.getPath();
        if (path == null || !path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path must be an absolute HTTP path such as "
                    + SinchProvisioningWebhookConfiguration.DEFAULT_PATH + ", got: " + path);
        }
        if (c.getNonceCacheSize() < 1) {
            throw new IllegalArgumentException("nonceCacheSize must be at least 1");
        }
        if (c.getMaxBodySize() < 1 || c.getMaxBodySize() > SinchProvisioningWebhookConfiguration.MAX_MAX_BODY_SIZE) {
            throw new IllegalArgumentException("maxBodySize must be between 1 and "
                    + SinchProvisioningWebhookConfiguration.MAX_MAX_BODY_SIZE + " bytes (default "
                    + SinchProvisioningWebhookConfiguration.DEFAULT_MAX_BODY_SIZE + "), got: " + c.getMaxBodySize());
        }
        if (c.getRefusalLogInterval() < 1000) {
            throw new IllegalArgumentException("refusalLogInterval must be at least 1000 ms (1s; default "
                    + SinchProvisioningWebhookConfiguration.DEFAULT_REFUSAL_LOG_INTERVAL + " ms), got: "
                    + c.getRefusalLogInterval());
        }
        WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(c.getAlgorithm(),
                Duration.ofMillis(c.getTimestampTolerance()), c.getWebhookSecret(), c.getPreviousWebhookSecret());
        String url = c.isAutoRegister() ? requireTargetUrl(c.getWebhookUrl()) : c.getWebhookUrl();
        return new WebhookReceiverSettings(path, verifier, c.getNonceCacheSize(), c.getMaxBodySize(),
                Duration.ofMillis(c.getRefusalLogInterval()), c.isAutoRegister(), url,
                triggers(c.getTriggers()), c.isUnregisterOnStop(), projectId);
    }

    /** Every value must be a trigger of the contract: a typo would otherwise subscribe to nothing, silently. */
    static List<WebhookWebhookTriggersEnum> triggers(String option) {
        Set<WebhookWebhookTriggersEnum> values = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String text : (option == null ? "" : option).split(",")) {
            if (text.isBlank()) {
                continue;
            }
            WebhookWebhookTriggersEnum trigger = WebhookWebhookTriggersEnum.of(text.trim());
            if (trigger.isKnown()) {
                values.add(trigger);
            } else {
                unknown.add(text.trim());
            }
        }
        if (!unknown.isEmpty() || values.isEmpty()) {
            TreeSet<String> valid = new TreeSet<>();
            WebhookWebhookTriggersEnum.knownValues().forEach(t -> valid.add(t.value()));
            throw new IllegalArgumentException("Invalid triggers " + (unknown.isEmpty() ? "(none given)" : unknown)
                    + ": expected a comma separated list of " + String.join(", ", valid));
        }
        return List.copyOf(values);
    }

    /** Callback payloads can hold third-party tokens (a WhatsApp sender's bearerToken): the client's URL rule. */
    static String requireTargetUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("autoRegister needs webhookUrl: the public URL Sinch calls");
        }
        EndpointUrls.requireHttpsOrLoopback("webhookUrl", url);
        return url;
    }

    /** Never shows the secrets (the verifier holds them). */
    @Override
    public String toString() {
        return "WebhookReceiverSettings[path=" + path + ", maxBodySize=" + maxBodySize + ", autoRegister="
                + autoRegister + ", webhookUrl="
                + webhookUrl + ", triggers=" + triggers + ", projectId=" + projectId + "]";
    }
}
