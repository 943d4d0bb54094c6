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

import io.github.camelsinch.provisioning.client.LogText;

import java.util.List;

/**
 * The body of a {@code sinch-prov:<api>/apply} call: the plan, each action with its outcome, and the counts that are
 * also set as headers. In a dry run the write counts (created, updated, deleted) are what would be done.
 */
public final class ApplyResult {

    /** Cells of {@link #toTable()} longer than this are cut: a table is for reading on a pull request. */
    static final int MAX_CELL = 200;

    private final String api;
    private final boolean dryRun;
    private final boolean prune;
    private final List<ApplyAction> actions;
    private final int requests;

    ApplyResult(String api, boolean dryRun, boolean prune, List<ApplyAction> actions, int requests) {
        this.api = api;
        this.dryRun = dryRun;
        this.prune = prune;
        this.actions = List.copyOf(actions);
        this.requests = requests;
    }

    public String getApi() {
        return api;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public boolean isPrune() {
        return prune;
    }

    /** Deletes first, then updates, then creates (the order they are sent in), then the rest; by identity within. */
    public List<ApplyAction> getActions() {
        return actions;
    }

    /** The HTTP requests sent, retries included (token requests not counted). */
    public int getRequests() {
        return requests;
    }

    public int getCreated() {
        return writes(ActionType.CREATE);
    }

    public int getUpdated() {
        return writes(ActionType.UPDATE);
    }

    public int getDeleted() {
        return writes(ActionType.DELETE);
    }

    public int getUnchanged() {
        return count(ActionType.UNCHANGED);
    }

    public int getCannotApply() {
        return count(ActionType.CANNOT_APPLY);
    }

    public int getExtra() {
        return count(ActionType.EXTRA);
    }

    /** Writes the API refused or that could not be sent. */
    public int getFailed() {
        return (int) actions.stream().filter(a -> a.getOutcome() == ActionOutcome.FAILED).count();
    }

    /** Writes the plan holds (create, update, delete), sent or not. */
    public int getChanges() {
        return (int) actions.stream().filter(a -> a.getType().writes()).count();
    }

    /** Resources where the project differs from the declarations: every action but UNCHANGED. */
    public int getDrift() {
        return (int) actions.stream().filter(ApplyAction::isDrift).count();
    }

    /** True when the project is as declared: no drift at all. */
    public boolean isInSync() {
        return getDrift() == 0;
    }

    private int writes(ActionType type) {
        return (int) actions.stream()
                .filter(a -> a.getType() == type && a.getOutcome() != ActionOutcome.FAILED).count();
    }

    private int count(ActionType type) {
        return (int) actions.stream().filter(a -> a.getType() == type).count();
    }

    /** The plan as a Markdown table (one row per action but UNCHANGED ones), then a line of counts. */
    public String toTable() {
        StringBuilder t = new StringBuilder("| Action | Resource | Details | Outcome |\n|---|---|---|---|\n");
        for (ApplyAction a : actions) {
            if (a.getType() == ActionType.UNCHANGED) {
                continue;
            }
            String details = a.getType() == ActionType.UPDATE ? String.join(", ", a.getChangedFields())
                    : a.getReason() != null ? a.getReason() : a.getSource() != null ? a.getSource() : "";
            String outcome = a.getError() != null ? a.getOutcome() + ": " + a.getError() : a.getOutcome().name();
            t.append("| ").append(a.getType()).append(" | ").append(cell(a.getIdentity())).append(" | ")
                    .append(cell(details)).append(" | ").append(cell(outcome)).append(" |\n");
        }
        return t.append('\n').append(summary()).append('\n').toString();
    }

    /** One line: the counts, e.g. {@code whatsapp-templates (dry run): 2 to create, 1 to update, ...}. */
    public String summary() {
        return api + (dryRun ? " (dry run)" : "") + ": " + getCreated() + (dryRun ? " to create, " : " created, ")
                + getUpdated() + (dryRun ? " to update, " : " updated, ") + getDeleted()
                + (dryRun ? " to delete, " : " deleted, ") + getUnchanged() + " unchanged, " + getCannotApply()
                + " cannot apply, " + getExtra() + " extra" + (prune ? "" : " (prune off)") + ", " + getFailed()
                + " failed";
    }

    /** For Simple: {@code ${body.table}}. */
    public String getTable() {
        return toTable();
    }

    private static String cell(String text) {
        return LogText.of(text, MAX_CELL).replace("|", "\\|");
    }

    @Override
    public String toString() {
        return summary();
    }
}
