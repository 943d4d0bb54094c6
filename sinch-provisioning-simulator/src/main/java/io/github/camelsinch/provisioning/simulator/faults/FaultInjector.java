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
package io.github.camelsinch.provisioning.simulator.faults;

import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Holds the active fault rules and hands out one fault per matching request until a rule is used up.
 * Rules are tried in the order they were added; concurrent requests never consume more than {@code times}.
 */
public final class FaultInjector {

    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** A registered rule with its remaining budget. */
    public record Active(String id, FaultRule rule, Pattern path, AtomicInteger remaining) {
    }

    public String add(FaultRule rule) {
        String id = "fault-" + ids.incrementAndGet();
        rules.add(new Active(id, rule, Pattern.compile(rule.pathRegex()), new AtomicInteger(rule.times())));
        return id;
    }

    /** The fault for this request, if a rule matches and still has budget. Cheap when no rule is active. */
    public Optional<Fault> next(String method, String path) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        for (Active active : rules) {
            String m = active.rule().method();
            boolean methodMatches = m == null || "*".equals(m) || m.equalsIgnoreCase(method);
            if (methodMatches && active.path().matcher(path).matches()) {
                int left = active.remaining().getAndDecrement();
                if (left <= 1) {
                    rules.remove(active);
                }
                if (left >= 1) {
                    return Optional.of(active.rule().fault());
                }
            }
        }
        return Optional.empty();
    }

    public List<Active> active() {
        return new ArrayList<>(rules);
    }

    public boolean remove(String id) {
        return rules.removeIf(a -> a.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }
}
