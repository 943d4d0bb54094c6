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
