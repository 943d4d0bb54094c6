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
package io.github.camelsinch.provisioning.client;

/** The default User-Agent, so Sinch support can tell this component and its version from other traffic. */
final class UserAgents {

    private UserAgents() {
    }

    /** {@code camel-sinch-provisioning/<Implementation-Version of the jar>}, or {@code /dev} outside a jar. */
    static String defaultUserAgent() {
        Package p = UserAgents.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return "camel-sinch-provisioning/" + (version == null || version.isBlank() ? "dev" : version);
    }
}
