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
