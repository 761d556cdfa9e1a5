package dev.sslform.plugin.config.schema;

/** Who sets an attribute: the configuration (required/optional), the provider (computed), or either. */
public enum AttrMode {
    REQUIRED, OPTIONAL, COMPUTED, OPTIONAL_COMPUTED;

    public boolean configurable() {
        return this != COMPUTED;
    }
}
