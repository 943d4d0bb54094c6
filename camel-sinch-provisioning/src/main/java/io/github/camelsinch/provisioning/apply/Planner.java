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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Desired state plus current state gives the plan; no I/O. Every declaration gets one action; every resource of the
 * project that no declaration matched gets DELETE (prune) or EXTRA. The actions are in the order they are sent:
 * deletes first (they free names, targets and the 15-webhook quota), then updates, then creates; then the actions
 * that send nothing. Within a type, by identity, so a plan reads the same on every run.
 */
final class Planner {

    private static final List<ActionType> ORDER = List.of(ActionType.DELETE, ActionType.UPDATE, ActionType.CREATE,
            ActionType.CANNOT_APPLY, ActionType.EXTRA, ActionType.UNCHANGED);

    private Planner() {
    }

    /**
     * @throws IllegalArgumentException when two declarations are the same resource (both sources named)
     */
    static List<PlannedAction> plan(ResourceRules rules, List<Declaration> desired, List<ObjectNode> current,
                                    boolean prune) {
        rejectDuplicates(rules, desired);
        Map<String, ObjectNode> byKey = new HashMap<>();
        for (ObjectNode remote : current) {
            for (String key : rules.matchKeys(remote)) {
                byKey.putIfAbsent(key, remote);
            }
        }
        Set<ObjectNode> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PlannedAction> plan = new ArrayList<>();
        for (Declaration d : desired) {
            ObjectNode remote = byKey.get(rules.matchKey(d.json()));
            if (remote != null && !claimed.add(remote)) {
                // Two declarations reach one resource (one by code, one by name): the second one cannot be it.
                throw new IllegalArgumentException(d.source() + ": declares " + rules.api() + " "
                        + rules.identityOfRemote(remote) + ", which another declaration already declares");
            }
            Comparison c = remote == null ? rules.missing(d.json()) : rules.compare(d.json(), remote);
            String identity = remote == null ? rules.identity(d.json()) : rules.identityOfRemote(remote);
            plan.add(new PlannedAction(action(rules, identity, c, d.source(),
                    remote == null ? null : rules.resourceId(remote)), d.json(), remote));
        }
        for (ObjectNode remote : current) {
            if (!claimed.contains(remote)) {
                Comparison c = new Comparison(prune ? ActionType.DELETE : ActionType.EXTRA, List.of(),
                        prune ? null : "not declared; prune=true deletes it");
                plan.add(new PlannedAction(action(rules, rules.identityOfRemote(remote), c, null,
                        rules.resourceId(remote)), null, remote));
            }
        }
        plan.sort(Comparator.comparing((PlannedAction p) -> ORDER.indexOf(p.action().getType()))
                .thenComparing(p -> p.action().getIdentity()));
        return plan;
    }

    private static ApplyAction action(ResourceRules rules, String identity, Comparison c, String source,
                                      String resourceId) {
        return new ApplyAction(rules.api(), identity, c.type(), c.changedFields(), c.reason(), source, resourceId,
                c.type().writes() ? ActionOutcome.PLANNED : ActionOutcome.NOTHING_SENT, null);
    }

    private static void rejectDuplicates(ResourceRules rules, List<Declaration> desired) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Declaration d : desired) {
            String earlier = sources.putIfAbsent(rules.matchKey(d.json()), d.source());
            if (earlier != null) {
                throw new IllegalArgumentException(d.source() + " and " + earlier + " both declare " + rules.api()
                        + " " + rules.identity(d.json()) + ": one declaration per resource");
            }
        }
    }
}
