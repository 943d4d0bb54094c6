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
package io.github.camelsinch.provisioning.consumer;

import java.util.Locale;

/** JSON of the watched resources, as the contract shapes them (required fields included). */
final class Resources {

    static final String SENDERS_PATH = "/v1/projects/proj-123/whatsapp/senders";
    static final String TEMPLATES_PATH = "/v1/projects/proj-123/whatsapp/templates";

    private Resources() {
    }

    static String sender(String id, String state, String modified) {
        return sender(id, state, null, "GREEN", modified);
    }

    /** @param changeStatus the status of a pending change, or null for none */
    static String sender(String id, String state, String changeStatus, String qualityRating, String modified) {
        return "{\"id\":\"" + id + "\",\"state\":\"" + state + "\""
                + (changeStatus == null ? "" : ",\"changes\":{\"status\":\"" + changeStatus + "\"}")
                + ",\"region\":\"EU\",\"metaLocalStorage\":\"DE\",\"cloudApi\":true,\"businessManager\":\"SINCH_UK\","
                + "\"compatibleRegions\":[\"eu\"],\"qualityRating\":\"" + qualityRating + "\","
                + "\"bearerToken\":\"EAAG-secret-token\",\"modified\":\"" + modified + "\"}";
    }

    static String template(String name, String language, String state) {
        return "{\"name\":\"" + name + "\",\"language\":\"" + language + "\",\"state\":\"" + state + "\","
                + "\"category\":\"UTILITY\",\"analytics\":[],\"details\":{\"components\":[{\"type\":\"BODY\","
                + "\"text\":\"Your order {{1}} has shipped\"}]}}";
    }

    static String channel(String status) {
        return "{\"status\":\"" + status + "\",\"statusDescription\":\"" + status.toLowerCase(Locale.ROOT) + "\","
                + "\"id\":\"17841400000000\",\"name\":\"Shop\"}";
    }
}
