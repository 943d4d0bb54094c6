package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.catalog.SimilarNames;
import org.apache.camel.spi.UriParam;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which options belong to {@code sinch-prov:webhook} and which do not. The receiver shares the endpoint class of
 * the operations (one endpoint class per scheme for Camel's tooling), so binding alone would let
 * {@code sinch-prov:webhooks/list?webhookSecret=...} or {@code sinch-prov:webhook?pageSize=5} pass silently; the
 * component asks here first and fails naming the option.
 */
public final class WebhookEndpointOptions {

    /** The pseudo-api of the receiver: {@code sinch-prov:webhook} (no operation). */
    public static final String WEBHOOK = "webhook";

    /** Options of the polling consumer that mean nothing to a receiver (stateRepository and stateKey do). */
    private static final Set<String> POLL_ONLY = Set.of("watchFields", "initialEmit", "conversationParallelism",
            "maxMessagesPerPoll");

    private static final Set<String> WEBHOOK_OPTIONS = webhookOptionNames();

    private WebhookEndpointOptions() {
    }

    /** True for the URI remainder of the receiver. */
    public static boolean isWebhook(String remaining) {
        return remaining != null && WEBHOOK.equals(remaining.trim());
    }

    /** For {@code sinch-prov:webhook}: API parameter options and poll-only options are refused. */
    public static void rejectNonWebhookOptions(Collection<String> optionNames) {
        List<String> foreign = optionNames.stream()
                .filter(name -> SinchProvisioningApiParameters.NAMES.contains(name) || POLL_ONLY.contains(name))
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + foreign + " do not apply to sinch-prov:webhook. Its"
                    + " options are: " + String.join(", ", WEBHOOK_OPTIONS)
                    + ", plus stateRepository, stateKey and the connection options (projectId, keyId...)");
        }
    }

    /** For every other endpoint: the receiver's options are refused. */
    public static void rejectWebhookOptions(String uriPath, Collection<String> optionNames) {
        List<String> misplaced = optionNames.stream().filter(WEBHOOK_OPTIONS::contains).sorted().toList();
        if (!misplaced.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + misplaced + " are options of sinch-prov:webhook, not of"
                    + " sinch-prov:" + uriPath);
        }
    }

    /**
     * Options left over after binding are unknown: name them, the close ones among {@code validOptions} and the
     * receiver's options.
     */
    public static void rejectUnknownOptions(Collection<String> leftOver, Collection<String> validOptions) {
        if (!leftOver.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) " + new TreeSet<>(leftOver)
                    + " for sinch-prov:webhook." + SimilarNames.didYouMeanEach(leftOver, validOptions)
                    + " Its options are: " + String.join(", ", WEBHOOK_OPTIONS));
        }
    }

    /** The receiver's own options (those of {@link SinchProvisioningWebhookConfiguration}). */
    public static Set<String> optionNames() {
        return WEBHOOK_OPTIONS;
    }

    /** Whether a receiver takes this option: any endpoint option except API parameters and poll-only ones. */
    public static boolean appliesToReceiver(String optionName) {
        return !SinchProvisioningApiParameters.NAMES.contains(optionName) && !POLL_ONLY.contains(optionName);
    }

    private static Set<String> webhookOptionNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Field f : SinchProvisioningWebhookConfiguration.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(UriParam.class)) {
                names.add(f.getName());
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
