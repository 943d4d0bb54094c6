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

import io.github.camelsinch.provisioning.simulator.SimulatorClock;
import io.github.camelsinch.provisioning.simulator.contract.ContractShapes;
import io.github.camelsinch.provisioning.simulator.lifecycle.LifecycleEngine;
import io.github.camelsinch.provisioning.simulator.state.Ids;
import io.github.camelsinch.provisioning.simulator.state.ResourceStore;

/**
 * The services every API handler uses.
 *
 * @param shapes           contract-derived templates, projection and validation
 * @param store            the projects
 * @param engine           the lifecycle engine
 * @param ids              seeded id source
 * @param clock            the simulator clock
 * @param verificationCode the OTP accepted by WhatsApp and KakaoTalk sender verification
 * @param maxWebhooks      webhooks allowed per project (15 on the real API)
 * @param projects         which project ids are served (strict mode) and the log of new ones
 */
public record ApiContext(ContractShapes shapes, ResourceStore store, LifecycleEngine engine, Ids ids,
                         SimulatorClock clock, String verificationCode, int maxWebhooks, ProjectAdmission projects) {
}
