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
package io.github.camelsinch.provisioning.metrics;

/** Whether Micrometer can be loaded: decided once, without loading any class of this package that refers to it. */
final class MicrometerPresence {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private static final boolean PRESENT = load();

    private MicrometerPresence() {
    }

    static boolean isPresent() {
        return PRESENT;
    }

    private static boolean load() {
        try {
            Class.forName(METER_REGISTRY, false, MicrometerPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
