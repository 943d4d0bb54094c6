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

import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the webhook receiver {@code from("sinch-prov:webhook")}, {@link SinchProvisioningWebhookEndpoint}.
 * A nested option group of the scheme's {@code @UriEndpoint} class, since Camel's tooling knows one per scheme: the
 * receiver's options are listed beside the others, labelled {@code webhook}, and the operations refuse them. Its
 * generated configurer tells those checks which options are the receiver's, so no list is kept by hand.
 */
@UriParams
@Configurer
public class SinchProvisioningWebhookConfiguration {

    public static final String DEFAULT_PATH = "/sinch/provisioning/events";
    public static final long DEFAULT_TIMESTAMP_TOLERANCE = 300_000;
    public static final int DEFAULT_NONCE_CACHE_SIZE = 10_000;
    /** 1 MiB: a callback carries one resource, a few KB; the limit only bounds what a sender can make us hold. */
    public static final int DEFAULT_MAX_BODY_SIZE = 1_048_576;
    /** The largest accepted maxBodySize: 64 MiB, far above any callback, and well inside an array's size. */
    public static final int MAX_MAX_BODY_SIZE = 64 * 1_048_576;
    public static final long DEFAULT_REFUSAL_LOG_INTERVAL = 60_000;

    @UriParam(label = "consumer,webhook", defaultValue = DEFAULT_PATH,
              description = "The HTTP path the callbacks are received on, served by Camel's platform-http (whichever"
                      + " implementation the application has: camel-platform-http-main, -vertx, Spring Boot or"
                      + " Quarkus). Only POST is accepted.")
    private String path = DEFAULT_PATH;

    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "The secret of the webhook registration: the HMAC key callbacks are signed with."
                      + " Required: without it the route does not start (callbacks are never accepted"
                      + " unverified).")
    private String webhookSecret;

    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "During a secret rotation: the secret being replaced. Callbacks signed with either secret"
                      + " are accepted; remove it once Sinch signs with the new one.")
    private String previousWebhookSecret;

    @UriParam(label = "consumer,webhook,security", defaultValue = "" + DEFAULT_TIMESTAMP_TOLERANCE,
              javaType = "java.time.Duration",
              description = "How far the signed timestamp of a callback may lie from now, in the past or the future;"
                      + " older or later callbacks are refused, and each nonce is remembered this long.")
    private long timestampTolerance = DEFAULT_TIMESTAMP_TOLERANCE;

    @UriParam(label = "consumer,webhook,advanced", defaultValue = "" + DEFAULT_NONCE_CACHE_SIZE,
              description = "How many nonces of accepted callbacks are remembered to refuse replays (each until its"
                      + " timestamp leaves the tolerance window). When all are live a new callback is answered"
                      + " 503 and retried by Sinch, rather than forgetting a nonce.")
    private int nonceCacheSize = DEFAULT_NONCE_CACHE_SIZE;

    @UriParam(label = "consumer,webhook,security", defaultValue = "" + DEFAULT_MAX_BODY_SIZE,
              description = "The largest callback body accepted, in bytes. A larger one is answered 413 before its"
                      + " signature is checked: refused without being read when it declares its"
                      + " Content-Length, otherwise read no further than the limit.")
    private int maxBodySize = DEFAULT_MAX_BODY_SIZE;

    @UriParam(label = "consumer,webhook,advanced", defaultValue = "" + DEFAULT_REFUSAL_LOG_INTERVAL,
              javaType = "java.time.Duration",
              description = "Refused callbacks are logged at WARN once per reason, then summed up in at most one"
                      + " WARN line per this interval (counts per reason), each one at DEBUG; at least 1s.")
    private long refusalLogInterval = DEFAULT_REFUSAL_LOG_INTERVAL;

    @UriParam(label = "consumer,webhook,security", defaultValue = WebhookSignatureVerifier.HMAC_SHA256,
              enums = WebhookSignatureVerifier.HMAC_SHA256,
              description = "The signature algorithm accepted. Fixed: a callback naming another algorithm is"
                      + " refused.")
    private String algorithm = WebhookSignatureVerifier.HMAC_SHA256;

    @UriParam(label = "consumer,webhook", defaultValue = "false",
              description = "Register the webhook with the Provisioning API when the route starts (webhookUrl,"
                      + " triggers and webhookSecret), reusing a registration with the same target URL (its"
                      + " triggers and secret are then replaced with these).")
    private boolean autoRegister;

    @UriParam(label = "consumer,webhook",
              description = "With autoRegister: the public URL Sinch calls, which must reach this route's path"
                      + " (https; http only for loopback hosts).")
    private String webhookUrl;

    @UriParam(label = "consumer,webhook", defaultValue = "ALL",
              description = "With autoRegister: the triggers to subscribe to, comma separated"
                      + " (WebhookWebhookTriggersEnum, e.g. WHATSAPP_TEMPLATE_APPROVED,WHATSAPP_TEMPLATE_REJECTED)"
                      + " or ALL.")
    private String triggers = "ALL";

    @UriParam(label = "consumer,webhook", defaultValue = "false",
              description = "With autoRegister: delete the registration when the route stops. Off by default, so a"
                      + " restart does not miss the callbacks sent meanwhile (Sinch retries them).")
    private boolean unregisterOnStop;

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getPreviousWebhookSecret() {
        return previousWebhookSecret;
    }

    public void setPreviousWebhookSecret(String previousWebhookSecret) {
        this.previousWebhookSecret = previousWebhookSecret;
    }

    public long getTimestampTolerance() {
        return timestampTolerance;
    }

    public void setTimestampTolerance(long timestampTolerance) {
        this.timestampTolerance = timestampTolerance;
    }

    public int getNonceCacheSize() {
        return nonceCacheSize;
    }

    public void setNonceCacheSize(int nonceCacheSize) {
        this.nonceCacheSize = nonceCacheSize;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public long getRefusalLogInterval() {
        return refusalLogInterval;
    }

    public void setRefusalLogInterval(long refusalLogInterval) {
        this.refusalLogInterval = refusalLogInterval;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    public boolean isAutoRegister() {
        return autoRegister;
    }

    public void setAutoRegister(boolean autoRegister) {
        this.autoRegister = autoRegister;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getTriggers() {
        return triggers;
    }

    public void setTriggers(String triggers) {
        this.triggers = triggers;
    }

    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(boolean unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    /** Never shows the secrets. */
    @Override
    public String toString() {
        return "SinchProvisioningWebhookConfiguration[path=" + path + ", maxBodySize=" + maxBodySize
                + ", autoRegister=" + autoRegister
                + ", webhookUrl=" + webhookUrl + ", triggers=" + triggers + "]";
    }
}
