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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the quickstart has done and seen, shared by the Java and the YAML routes: it prints the lines a person
 * follows, decides when the sender and the template have reached a final status, and writes the summary.
 */
public final class Progress {

    private static final Set<String> SENDER_DONE = Set.of("ACTIVE");
    private static final Set<String> SENDER_FAILED = Set.of("REJECTED", "ERROR", "INACTIVE", "SUSPENDED");
    private static final Set<String> TEMPLATE_DONE = Set.of("APPROVED");
    private static final Set<String> TEMPLATE_FAILED = Set.of("REJECTED", "DISABLED", "PAUSED");

    private final PrintStream out;
    private final long started = System.nanoTime();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<String> changes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private volatile String senderId;
    private volatile String templateId;
    private volatile String senderStatus = "-";
    private volatile String templateStatus = "-";
    private volatile int senders = -1;
    private volatile int templates = -1;

    private final boolean simulated;

    /**
     * @param simulated against the simulator the quickstart registers a loopback webhook and answers the phone
     *                  verification itself; against Sinch neither is possible (the webhook needs a public URL, the
     *                  code arrives by SMS)
     */
    Progress(PrintStream out, boolean simulated) {
        this.out = out;
        this.simulated = simulated;
    }

    public boolean registersWebhook() {
        return simulated;
    }

    /** A numbered step of the provisioning route. */
    public void step(String text) {
        say(text);
    }

    public void webhookCreated(WebhookWebhookDto webhook) {
        say("   webhook " + webhook.getId() + " will receive the callbacks at " + webhook.getTarget());
    }

    public void senderCreated(WhatsappSenderDto sender) {
        senderId = sender.getId();
        say("   sender " + senderId + " created; its change is " + sender.getChanges().getStatus());
    }

    public void templateCreated(WhatsappTemplateDto template) {
        templateId = template.getName() + "/" + template.getLanguage();
        say("   template " + templateId + " created and submitted for review");
    }

    public void listed(Exchange exchange) {
        Object total = exchange.getMessage().getHeader(SinchProvisioningConstants.TOTAL_SIZE);
        String operation = exchange.getMessage().getHeader(SinchProvisioningConstants.CALLED_OPERATION, String.class);
        int count = total == null ? 0 : ((Number) total).intValue();
        if (operation.startsWith("whatsapp-senders")) {
            senders = count;
        } else {
            templates = count;
        }
        say("   " + operation + ": " + count + " in the project");
    }

    /** One exchange of a status consumer: print it, and finish when both resources reached a final status. */
    public void statusChanged(Exchange exchange) {
        Message m = exchange.getMessage();
        String api = m.getHeader(SinchProvisioningConstants.API, String.class);
        String id = m.getHeader(SinchProvisioningConstants.RESOURCE_ID, String.class);
        String line = kind(api) + " " + id + ": " + m.getHeader(SinchProvisioningConstants.CHANGE_TYPE) + " "
                + m.getHeader(SinchProvisioningConstants.STATUS_SUMMARY);
        changes.add(line);
        say("   [watch] " + line);
        String status = m.getHeader(SinchProvisioningConstants.NEW_STATUS, String.class);
        Map<?, ?> statuses = m.getHeader(SinchProvisioningConstants.NEW_STATUSES, Map.class);
        if (id != null && id.equals(senderId)) {
            // A rejected pending change leaves the state as it was: the change's status tells.
            boolean rejected = statuses != null && "REJECTED".equals(statuses.get("changes.status"));
            senderStatus = rejected ? "REJECTED" : status == null ? "-" : status;
        } else if (id != null && id.equals(templateId)) {
            templateStatus = status == null ? "-" : status;
        }
        checkFinished();
    }

    /** Whether this change asks for the OTP registration of our sender. */
    public boolean needsVerification(Exchange exchange) {
        Message m = exchange.getMessage();
        return simulated && senderId != null && senderId.equals(m.getHeader(SinchProvisioningConstants.RESOURCE_ID))
                && "PENDING_VERIFICATION".equals(m.getHeader(SinchProvisioningConstants.NEW_STATUS));
    }

    public void callback(String type) {
        say("   [webhook] callback " + type + " received");
    }

    public void failed(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String what = e == null ? "unknown failure" : e.getClass().getSimpleName() + ": " + e.getMessage();
        failures.add(what);
        say("   FAILED " + what);
        finished.countDown();
    }

    /** Waits for the final statuses; false when the time ran out. */
    boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Nothing failed and both resources reached their success status. */
    boolean succeeded() {
        return failures.isEmpty() && SENDER_DONE.contains(senderStatus) && TEMPLATE_DONE.contains(templateStatus);
    }

    void printSummary(List<String> callbacks) {
        out.println();
        out.println("Summary");
        out.println("  sender   " + (senderId == null ? "(not created)" : senderId) + ": " + senderStatus);
        out.println("  template " + (templateId == null ? "(not created)" : templateId) + ": " + templateStatus);
        out.println("  listed   " + Math.max(senders, 0) + " sender(s), " + Math.max(templates, 0) + " template(s)");
        out.println("  status changes seen: " + changes.size() + ", webhook callbacks received: " + callbacks.size());
        failures.forEach(f -> out.println("  failure: " + f));
        out.println(succeeded() ? "  result: OK" : "  result: FAILED");
    }

    private void checkFinished() {
        boolean senderFinal = SENDER_DONE.contains(senderStatus) || SENDER_FAILED.contains(senderStatus);
        boolean templateFinal = TEMPLATE_DONE.contains(templateStatus) || TEMPLATE_FAILED.contains(templateStatus);
        if (senderFinal && templateFinal) {
            finished.countDown();
        }
    }

    private static String kind(String api) {
        return api != null && api.contains("template") ? "template" : "sender";
    }

    private void say(String text) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("[%5.1fs] %s%n", ms / 1000.0, text);
    }
}
