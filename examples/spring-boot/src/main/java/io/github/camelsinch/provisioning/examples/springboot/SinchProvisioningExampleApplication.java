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
package io.github.camelsinch.provisioning.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Lists the project's WhatsApp senders once at start-up and logs every status change of its WhatsApp templates.
 * The component is configured by camel-sinch-provisioning-starter from {@code camel.component.sinch-prov.*} in
 * {@code application.properties} (credentials from the environment).
 */
@SpringBootApplication
public class SinchProvisioningExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SinchProvisioningExampleApplication.class, args);
    }
}
