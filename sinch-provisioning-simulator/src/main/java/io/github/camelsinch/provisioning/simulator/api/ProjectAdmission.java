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
package io.github.camelsinch.provisioning.simulator.api;

import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides which project ids the API serves and says so in the log.
 *
 * <p>By default every project id is served and starts empty, which is handy but hides a typo in a client's
 * {@code projectId}: it just sees empty lists. So the first request for each new id is logged (at most
 * {@value #MAX_LOGGED_IDS} ids, then one line that says logging stopped). In strict mode only the configured
 * projects and those seeded through the control API are served; any other id gets what the contract documents on
 * every operation for a project the key cannot use: 401 {@code unauthorized_error}, "Verify that projectId is
 * correct."
 */
public final class ProjectAdmission {

    /** How many distinct project ids are logged on first use before the log falls silent. */
    public static final int MAX_LOGGED_IDS = 50;
    private static final int MAX_ID_LENGTH_IN_LOG = 64;

    private static final Logger LOG = LoggerFactory.getLogger(ProjectAdmission.class);

    private final boolean strict;
    private final Set<String> configured;
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loggingStopped = new AtomicBoolean();

    public ProjectAdmission(boolean strict, Collection<String> configured) {
        this.strict = strict;
        this.configured = Set.copyOf(configured);
    }

    public boolean strict() {
        return strict;
    }

    /** Lets a request for {@code projectId} through, or throws the 401 that strict mode answers for unknown ids. */
    public void admit(String projectId) {
        boolean known = configured.contains(projectId) || seeded.contains(projectId);
        if (strict && !known) {
            logOnce(projectId, "Refused project id '{}': strict mode serves only {}", describeServed());
            throw PapiErrors.error(401, "unauthorized_error", "Unauthorized error.");
        }
        if (!strict && !known) {
            logOnce(projectId, "Serving project id '{}' for the first time; it starts empty ({})",
                    "any project id is accepted, so a typo in projectId looks like an empty project; "
                            + "strict mode refuses unknown ids");
        }
    }

    /** A project seeded through the control API exists from then on, in strict mode too. */
    public void seeded(String projectId) {
        seeded.add(projectId);
    }

    /** Forgets the seeded projects (the control API's reset); configured projects stay. */
    public void reset() {
        seeded.clear();
    }

    /** The projects served, for the start-up log and the banner. */
    public String describeServed() {
        Set<String> ids = new TreeSet<>(configured);
        ids.addAll(seeded);
        List<String> shown = new ArrayList<>();
        ids.forEach(id -> shown.add(safe(id)));
        if (!strict) {
            return "any project id" + (shown.isEmpty() ? "" : " (configured: " + String.join(", ", shown) + ")");
        }
        return shown.isEmpty() ? "no project yet (strict; seed one or configure projects)"
                : String.join(", ", shown) + " (strict; seeded projects are added)";
    }

    private void logOnce(String projectId, String message, String detail) {
        if (logged.contains(projectId) || loggingStopped.get()) {
            return;
        }
        if (logged.size() >= MAX_LOGGED_IDS) {
            if (loggingStopped.compareAndSet(false, true)) {
                LOG.info("{} project ids logged; further new project ids are not logged", MAX_LOGGED_IDS);
            }
            return;
        }
        if (logged.add(projectId)) {
            if (strict) {
                LOG.warn(message, safe(projectId), detail);
            } else {
                LOG.info(message, safe(projectId), detail);
            }
        }
    }

    /** Project ids come from request paths: bounded, with control characters neutralised, before they are logged. */
    static String safe(String projectId) {
        String bounded = projectId.length() > MAX_ID_LENGTH_IN_LOG
                ? projectId.substring(0, MAX_ID_LENGTH_IN_LOG) + "..." : projectId;
        StringBuilder out = new StringBuilder(bounded.length());
        bounded.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
