package io.github.camelsinch.provisioning.examples.gettingstarted;

import org.apache.camel.main.Main;

/** Starts camel-main: it reads application.properties and adds the RouteBuilder classes of this package. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        new Main(Application.class).run(args);
    }
}
