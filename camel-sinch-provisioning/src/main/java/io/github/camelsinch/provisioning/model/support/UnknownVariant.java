package io.github.camelsinch.provisioning.model.support;

/**
 * Base of the {@code Unknown} variant of every union: a variant whose discriminator value this version does not
 * know. All of its fields are kept in {@link #getAdditionalProperties()} and written back unchanged.
 */
public abstract class UnknownVariant extends ModelObject {

    private static final String[] NONE = new String[0];

    @Override
    public String schemaName() {
        return "Unknown";
    }

    @Override
    protected String[] propertyNames() {
        return NONE;
    }

    @Override
    protected Object[] propertyValues() {
        return NONE;
    }

    @Override
    protected Object declaredProperty(String jsonName) {
        return UNDECLARED;
    }
}
