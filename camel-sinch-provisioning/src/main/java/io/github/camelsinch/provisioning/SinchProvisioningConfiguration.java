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

import io.github.camelsinch.provisioning.client.ClientDefaults;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options shared by the component and its endpoints: credentials, where the API is, and how calls behave. The
 * component holds the defaults; every endpoint starts from a copy and may override any of them.
 */
@UriParams
public class SinchProvisioningConfiguration implements Cloneable {

    @UriParam(label = "common", description = "The Sinch project id: the projectId of every call, unless the"
            + " CamelSinchProvProjectId header says otherwise.")
    private String projectId;

    @UriParam(label = "security", description = "The access key id (the username of Basic auth and the OAuth2"
            + " client id).")
    private String keyId;

    @UriParam(label = "security", secret = true, description = "The access key secret (the password of Basic auth"
            + " and the OAuth2 client secret).")
    private String keySecret;

    @UriParam(label = "security", defaultValue = ClientDefaults.AUTH_TYPE, enums = "oauth2,basic",
              description = "How calls authenticate: oauth2 (client credentials, a bearer token shared by all"
                      + " endpoints with the same key, refreshed before it expires) or basic (HTTP Basic with"
                      + " the key; rate limited by Sinch, meant for tests).")
    private String authType = ClientDefaults.AUTH_TYPE;

    @UriParam(label = "security", defaultValue = "false",
              description = "Check the credentials when a producer or consumer starts, and fail the start with a"
                      + " clear error when they are refused: with oauth2 by fetching an access token, with basic"
                      + " by one authenticated call (webhooks/list of projectId, one item). A check that fails"
                      + " for another reason (a 5xx, a timeout, a 429) fails the start too, saying it was not a"
                      + " credentials problem.")
    private boolean checkCredentialsOnStart;

    @UriParam(label = "security", defaultValue = ClientDefaults.AUTH_URL,
              description = "The OAuth2 token endpoint. Plain http:// is accepted only for loopback hosts.")
    private String authUrl = ClientDefaults.AUTH_URL;

    @UriParam(label = "common", defaultValue = ClientDefaults.BASE_URL,
              description = "The API base URL. Plain http:// is accepted only for loopback hosts (a local"
                      + " simulator).")
    private String baseUrl = ClientDefaults.BASE_URL;

    @UriParam(label = "security", description = "TLS settings for the calls (trust store, key store, protocols)."
            + " Hostname verification stays on.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.CONNECT_TIMEOUT, javaType = "java.time.Duration",
              description = "How long to wait for a TCP connection.")
    private long connectTimeout = ClientDefaults.CONNECT_TIMEOUT;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.RESPONSE_TIMEOUT, javaType = "java.time.Duration",
              description = "How long to wait for a response once the request is sent.")
    private long responseTimeout = ClientDefaults.RESPONSE_TIMEOUT;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.POOL_LEASE_TIMEOUT,
              javaType = "java.time.Duration",
              description = "How long to wait for a free connection of the pool.")
    private long poolLeaseTimeout = ClientDefaults.POOL_LEASE_TIMEOUT;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.MAX_ATTEMPTS,
              description = "Attempts per call, the first included. Retries follow the method-aware policy: GET, PUT"
                      + " and DELETE on connection failures, timeouts, 429 and 5xx gateway errors; POST and"
                      + " PATCH only when the request never reached the server.")
    private int maxAttempts = ClientDefaults.MAX_ATTEMPTS;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.INITIAL_BACKOFF, javaType = "java.time.Duration",
              description = "The first backoff delay between attempts; it doubles per attempt, with jitter.")
    private long initialBackoff = ClientDefaults.INITIAL_BACKOFF;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.MAX_BACKOFF, javaType = "java.time.Duration",
              description = "The longest backoff delay between attempts.")
    private long maxBackoff = ClientDefaults.MAX_BACKOFF;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.MAX_RETRY_AFTER, javaType = "java.time.Duration",
              description = "The longest Retry-After the component waits out; a longer one fails the call at once"
                      + " with a rate-limit error that carries the delay.")
    private long maxRetryAfter = ClientDefaults.MAX_RETRY_AFTER;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.TOKEN_REFRESH_MARGIN,
              javaType = "java.time.Duration",
              description = "How long before its expiry an OAuth2 token is refreshed.")
    private long tokenRefreshMargin = ClientDefaults.TOKEN_REFRESH_MARGIN;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Return the response as the raw JSON string instead of the typed model.")
    private boolean rawJson;

    @UriParam(label = "producer", defaultValue = "false",
              description = "List operations: follow nextPageToken and return every item in one page model, up to"
                      + " maxPages and maxItems. When pageSize is not set, the largest the operation allows is"
                      + " used.")
    private boolean fetchAllPages;

    @UriParam(label = "producer", defaultValue = "100",
              description = "With fetchAllPages: the most pages read for one message.")
    private int maxPages = 100;

    @UriParam(label = "producer", defaultValue = "10000",
              description = "With fetchAllPages: stop reading pages once this many items are read. The page that"
                      + " reaches the limit is returned whole, so no item is skipped; CamelSinchProvNextPageToken"
                      + " then says where to continue.")
    private int maxItems = 10000;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.MAX_RESPONSE_SIZE,
              description = "The largest response body read from the API or the token endpoint, in bytes after"
                      + " decompression (default 32 MiB; a page of 1,000 templates is a few MB). A larger body"
                      + " fails the call with a SERVER error, is not buffered beyond the limit and its"
                      + " connection is closed. At least 1024.")
    private long maxResponseSize = ClientDefaults.MAX_RESPONSE_SIZE;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.ATTEMPT_TIMEOUT, javaType = "java.time.Duration",
              description = "The longest one HTTP request may take, from connecting to the last byte of the"
                      + " response; it is then cancelled and handled like a response timeout. Unlike"
                      + " responseTimeout, which measures silence, this also stops a server that drips bytes.")
    private long attemptTimeout = ClientDefaults.ATTEMPT_TIMEOUT;

    @UriParam(label = "advanced", defaultValue = "" + ClientDefaults.CALL_TIMEOUT, javaType = "java.time.Duration",
              description = "The longest one call may take, every attempt, backoff and Retry-After wait included:"
                      + " a retry that would not start before it is not made, and the last failure is"
                      + " thrown.")
    private long callTimeout = ClientDefaults.CALL_TIMEOUT;

    @UriParam(label = "proxy",
              description = "The HTTP proxy host (a name or IP address, no scheme or port) that the API and token"
                      + " calls go through; HTTPS is tunnelled with CONNECT, TLS and hostname verification"
                      + " unchanged. Requires proxyPort.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port, 1-65535. Required with proxyHost.")
    private Integer proxyPort;

    @UriParam(label = "proxy,security", secret = true,
              description = "The username the proxy gets when it asks for authentication (407, Basic or Digest);"
                      + " never sent to the API. Requires proxyAuthPassword.")
    private String proxyAuthUsername;

    @UriParam(label = "proxy,security", secret = true,
              description = "The password the proxy gets when it asks for authentication (407); never sent to the"
                      + " API, never logged. Requires proxyAuthUsername.")
    private String proxyAuthPassword;

    @UriParam(label = "proxy",
              description = "Hosts reached without the proxy, in the JVM's http.nonProxyHosts syntax: host names"
                      + " separated by a vertical bar, each matching a whole name, with an asterisk as a"
                      + " wildcard at its start or end (examples in docs/proxy.md). Used with proxyHost.")
    private String nonProxyHosts;

    @UriParam(label = "proxy", defaultValue = "false",
              description = "Take the proxy from the JVM's standard system properties (https.proxyHost,"
                      + " https.proxyPort, default 443, and http.nonProxyHosts, which as in the JVM always"
                      + " exempts localhost and the 127 network), read when the endpoint is created. Off by"
                      + " default: those properties are process-wide and often set for other traffic, and the"
                      + " API credentials should only go through a proxy chosen for them. Not together with"
                      + " proxyHost or nonProxyHosts.")
    private boolean useSystemProxy;

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getKeySecret() {
        return keySecret;
    }

    public void setKeySecret(String keySecret) {
        this.keySecret = keySecret;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    public boolean isCheckCredentialsOnStart() {
        return checkCredentialsOnStart;
    }

    public void setCheckCredentialsOnStart(boolean checkCredentialsOnStart) {
        this.checkCredentialsOnStart = checkCredentialsOnStart;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getPoolLeaseTimeout() {
        return poolLeaseTimeout;
    }

    public void setPoolLeaseTimeout(long poolLeaseTimeout) {
        this.poolLeaseTimeout = poolLeaseTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(long initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public long getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(long maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public boolean isFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public long getAttemptTimeout() {
        return attemptTimeout;
    }

    public void setAttemptTimeout(long attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getNonProxyHosts() {
        return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
        this.nonProxyHosts = nonProxyHosts;
    }

    public boolean isUseSystemProxy() {
        return useSystemProxy;
    }

    public void setUseSystemProxy(boolean useSystemProxy) {
        this.useSystemProxy = useSystemProxy;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public SinchProvisioningConfiguration copy() {
        try {
            return (SinchProvisioningConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Never shows the key secret or the proxy's credentials. */
    @Override
    public String toString() {
        return "SinchProvisioningConfiguration{projectId=" + projectId + ", keyId=" + keyId
                + ", keySecret=" + (keySecret == null ? "null" : "***") + ", authType=" + authType
                + ", baseUrl=" + baseUrl + ", authUrl=" + authUrl
                + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort
                        + (proxyAuthUsername == null ? "" : ", proxyAuth=***"))
                + (useSystemProxy ? ", useSystemProxy=true" : "") + "}";
    }
}
