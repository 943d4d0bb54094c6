package io.github.camelsinch.provisioning.simulator.lifecycle;

/**
 * A documented stage of a lifecycle, for the control API and the README tables.
 *
 * @param name        the stage name accepted by seed and transition calls
 * @param shows       what the resource JSON shows in this stage
 * @param leadsTo     what follows and how (automatically after one step, or on which client call)
 * @param triggers    webhook triggers fired when the stage is entered
 */
public record Stage(String name, String shows, String leadsTo, String triggers) {
}
