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
package io.github.camelsinch.provisioning.examples.cookbook;

import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookListDto;
import io.github.camelsinch.provisioning.model.WebhookWebhookTriggersEnum;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The set difference of the webhook sync recipe ({@code routes/sync-webhooks.camel.yaml}): the desired webhooks
 * from the properties {@code <prefix>.<name>.target} and {@code <prefix>.<name>.triggers}, compared by target with
 * the webhooks the project has. The YAML route makes the calls; this bean only decides which.
 *
 * <p>Deletes come first (they free targets and the project's webhook quota), then updates, then creates. A
 * webhook's secret is never returned by the API, so it cannot be compared: it is sent when a webhook is created.
 */
public class WebhookSyncPlan implements CamelContextAware {

    private CamelContext camelContext;
    private String prefix = "webhooks.desired";
    private String secret;
    private boolean allowDeleteAll;

    /** The changes that turn {@code current} into the desired webhooks, in the order to make them. */
    public List<WebhookChange> plan(WebhookWebhookListDto current) {
        Map<String, Set<String>> desired = desired();
        if (desired.isEmpty() && !allowDeleteAll) {
            // A misspelled prefix must not wipe the project's webhooks.
            throw new IllegalStateException("No webhook is configured under " + prefix + ".<name>.target; set"
                    + " allowDeleteAll to delete every webhook of the project");
        }
        List<WebhookWebhookDto> existing = current == null || current.getWebhooks() == null
                ? List.of() : current.getWebhooks();
        List<WebhookChange> deletes = new ArrayList<>();
        List<WebhookChange> updates = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        for (WebhookWebhookDto webhook : existing) {
            Set<String> wanted = desired.get(webhook.getTarget());
            Set<String> has = triggersOf(webhook);
            if (wanted == null) {
                deletes.add(new WebhookChange("DELETE", webhook.getId(), webhook.getTarget(), has, null));
            } else {
                present.add(webhook.getTarget());
                if (!wanted.equals(has)) {
                    Map<String, Object> request = new LinkedHashMap<>();
                    request.put("triggers", List.copyOf(wanted));
                    updates.add(new WebhookChange("UPDATE", webhook.getId(), webhook.getTarget(), wanted, request));
                }
            }
        }
        List<WebhookChange> creates = new ArrayList<>();
        desired.forEach((target, triggers) -> {
            if (!present.contains(target)) {
                if (secret == null || secret.isBlank()) {
                    throw new IllegalStateException("Webhook " + target + " must be created, but no secret is set");
                }
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("target", target);
                request.put("secret", secret);
                request.put("triggers", List.copyOf(triggers));
                creates.add(new WebhookChange("CREATE", null, target, triggers, request));
            }
        });
        List<WebhookChange> plan = new ArrayList<>(deletes);
        plan.addAll(updates);
        plan.addAll(creates);
        return plan;
    }

    /** Target to triggers, from {@code <prefix>.<name>.target} and {@code <prefix>.<name>.triggers}. */
    Map<String, Set<String>> desired() {
        Objects.requireNonNull(camelContext, "camelContext");
        String start = prefix + ".";
        Properties properties = camelContext.getPropertiesComponent().loadProperties(key -> key.startsWith(start));
        Map<String, String> targets = new TreeMap<>();
        Map<String, String> triggers = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String rest = key.substring(start.length());
            int dot = rest.lastIndexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            // The value may itself hold a placeholder ({{env:HOOK_URL}}): resolve it like any other property.
            String value = camelContext.resolvePropertyPlaceholders("{{" + key + "}}").trim();
            switch (field) {
                case "target" -> targets.put(name, value);
                case "triggers" -> triggers.put(name, value);
                default -> throw new IllegalArgumentException("Unknown webhook property " + key
                        + ": expected " + start + "<name>.target or " + start + "<name>.triggers");
            }
        }
        Map<String, Set<String>> desired = new LinkedHashMap<>();
        targets.forEach((name, target) -> {
            String list = triggers.get(name);
            if (list == null || list.isBlank()) {
                throw new IllegalArgumentException("Webhook " + name + " has no " + start + name + ".triggers");
            }
            Set<String> set = new LinkedHashSet<>();
            Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
            if (desired.put(target, set) != null) {
                throw new IllegalArgumentException("Target " + target + " is configured twice under " + prefix);
            }
        });
        for (String name : triggers.keySet()) {
            if (!targets.containsKey(name)) {
                throw new IllegalArgumentException("Webhook " + name + " has no " + start + name + ".target");
            }
        }
        return desired;
    }

    private static Set<String> triggersOf(WebhookWebhookDto webhook) {
        Set<String> set = new LinkedHashSet<>();
        if (webhook.getTriggers() != null) {
            for (WebhookWebhookTriggersEnum trigger : webhook.getTriggers()) {
                set.add(trigger.value());
            }
        }
        return set;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public boolean isAllowDeleteAll() {
        return allowDeleteAll;
    }

    public void setAllowDeleteAll(boolean allowDeleteAll) {
        this.allowDeleteAll = allowDeleteAll;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** One call to make: {@code action} is CREATE, UPDATE or DELETE; {@code request} is the body to send. */
    public static final class WebhookChange {

        private final String action;
        private final String webhookId;
        private final String target;
        private final Set<String> triggers;
        private final Map<String, Object> request;

        WebhookChange(String action, String webhookId, String target, Set<String> triggers,
                      Map<String, Object> request) {
            this.action = action;
            this.webhookId = webhookId;
            this.target = target;
            this.triggers = triggers;
            this.request = request;
        }

        public String getAction() {
            return action;
        }

        public String getWebhookId() {
            return webhookId;
        }

        public String getTarget() {
            return target;
        }

        public Set<String> getTriggers() {
            return triggers;
        }

        public Map<String, Object> getRequest() {
            return request;
        }

        /** For the log: never the request, which holds the secret. */
        @Override
        public String toString() {
            return action + " " + target + (webhookId == null ? "" : " (" + webhookId + ")") + " triggers " + triggers;
        }
    }
}
