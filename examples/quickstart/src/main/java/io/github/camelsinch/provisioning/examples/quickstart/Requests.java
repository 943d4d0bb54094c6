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
package io.github.camelsinch.provisioning.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The request bodies of the quickstart, as JSON files under {@code requests/}: a route sends them as they are, the
 * component checks them against the contract before sending.
 */
public final class Requests {

    private final String callbackUrl;
    private final String webhookSecret;

    Requests(String callbackUrl, String webhookSecret) {
        this.callbackUrl = callbackUrl;
        this.webhookSecret = webhookSecret;
    }

    public String webhook() {
        return read("webhook.json").replace("${callbackUrl}", callbackUrl).replace("${webhookSecret}", webhookSecret);
    }

    public String sender() {
        return read("sender.json");
    }

    public String template() {
        return read("template.json");
    }

    public String registration() {
        return "{\"method\":\"SMS\"}";
    }

    public String verification() {
        return "{\"code\":\"" + Backend.SIMULATOR_OTP + "\"}";
    }

    private static String read(String name) {
        try (InputStream in = Requests.class.getResourceAsStream("/requests/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource requests/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
