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
