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
package io.github.camelsinch.provisioning.springboot;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.util.Locale;

/**
 * Masks the secrets of {@code camel.component.sinch-prov.*} (the key secret, also inside a
 * {@code configuration} bean) in the actuator's {@code env} and {@code configprops} endpoints even where an
 * application shows values ({@code management.endpoint.env.show-values=always}). Spring Boot 3 masks every value by
 * default and, once values are shown, masks only what a {@link SanitizingFunction} says.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class SinchProvisioningSanitizingAutoConfiguration {

    /**
     * The option names Camel itself masks in URIs and logs that occur among the component's options; the proxy's
     * username is on Camel's list too (proxyAuthUsername), as in camel-http.
     */
    private static final String[] SECRET_WORDS = {"secret", "password", "token", "proxyauthusername"};

    @Bean
    public SanitizingFunction sinchProvisioningSecretSanitizer() {
        return data -> isSecret(data) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(SanitizableData data) {
        // env: camel.component.sinch-prov.key-secret or CAMEL_COMPONENT_SINCHPROV_KEYSECRET;
        // configprops: camel.component.sinch-prov.keySecret, camel.component.sinch-prov.configuration.keySecret
        String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!key.startsWith("camelcomponentsinchprov")) {
            return false;
        }
        for (String word : SECRET_WORDS) {
            if (key.endsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
