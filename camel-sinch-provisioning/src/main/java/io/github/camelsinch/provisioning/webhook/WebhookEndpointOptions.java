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

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.SinchProvisioningEndpointUriFactory;
import io.github.camelsinch.provisioning.catalog.SimilarNames;
import org.apache.camel.spi.PropertyConfigurerGetter;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which options {@code sinch-prov:webhook} takes. The scheme's one option list (see {@code SinchProvisioningEndpoint})
 * also holds those of the operations and of the polling consumer; binding alone would accept them silently.
 */
final class WebhookEndpointOptions {

    /** Options of the polling consumer that mean nothing to a receiver (stateRepository and stateKey do). */
    private static final Set<String> POLL_ONLY = Set.of("watchFields", "initialEmit", "conversationParallelism",
            "maxMessagesPerPoll");

    /** The scheme's options without the path parts, as the generated URI factory lists them. */
    private static final Set<String> SCHEME_OPTIONS = schemeOptions();

    /** The receiver's own options: those the generated configurer of its option group knows. */
    private static final Set<String> WEBHOOK_OPTIONS =
            optionsKnownTo(new SinchProvisioningWebhookConfigurationConfigurer());

    /** Every option the receiver takes, Camel's own included, for its "did you mean". */
    private static final Set<String> RECEIVER_OPTIONS = receiverOptions();

    private WebhookEndpointOptions() {
    }

    /** API parameter options and poll-only options are refused. */
    static void rejectNonWebhookOptions(Collection<String> optionNames) {
        List<String> foreign = optionNames.stream()
                .filter(name -> !appliesToReceiver(name))
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + foreign + " do not apply to sinch-prov:webhook. Its"
                    + " options are: " + String.join(", ", WEBHOOK_OPTIONS)
                    + ", plus stateRepository, stateKey and the connection options (projectId, keyId...)");
        }
    }

    /**
     * Options left over after binding are unknown: name them, the close ones among the receiver's options and the
     * receiver's own options.
     */
    static void rejectUnknownOptions(Collection<String> leftOver) {
        if (!leftOver.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) " + new TreeSet<>(leftOver)
                    + " for sinch-prov:webhook." + SimilarNames.didYouMeanEach(leftOver, RECEIVER_OPTIONS)
                    + " Its options are: " + String.join(", ", WEBHOOK_OPTIONS));
        }
    }

    /** The receiver's own options (those of {@link SinchProvisioningWebhookConfiguration}). */
    static Set<String> optionNames() {
        return WEBHOOK_OPTIONS;
    }

    /** Whether a receiver takes this option: any option of the scheme except API parameters and poll-only ones. */
    private static boolean appliesToReceiver(String optionName) {
        return !SinchProvisioningApiParameters.NAMES.contains(optionName) && !POLL_ONLY.contains(optionName);
    }

    private static Set<String> receiverOptions() {
        Set<String> names = new TreeSet<>(SCHEME_OPTIONS);
        names.removeIf(name -> !appliesToReceiver(name));
        return Collections.unmodifiableSet(names);
    }

    private static Set<String> optionsKnownTo(PropertyConfigurerGetter group) {
        Set<String> names = new TreeSet<>(SCHEME_OPTIONS);
        names.removeIf(name -> group.getOptionType(name, false) == null);
        return Collections.unmodifiableSet(names);
    }

    private static Set<String> schemeOptions() {
        Set<String> names = new TreeSet<>(new SinchProvisioningEndpointUriFactory().propertyNames());
        names.remove("api");
        names.remove("operation");
        return Collections.unmodifiableSet(names);
    }
}
