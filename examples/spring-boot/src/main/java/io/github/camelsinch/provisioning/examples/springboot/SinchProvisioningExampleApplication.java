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
