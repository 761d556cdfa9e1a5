package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.Map;
import java.util.Objects;

/**
 * One resource instance the configuration asks for, already evaluated (no expressions left), and
 * the address of the provider configuration its block names ({@link Providers}).
 */
public record DesiredInstance(ResourceAddress address, String type, Map<String, Object> attributes, String provider) {

    /** An instance of the default provider configuration. */
    public DesiredInstance(ResourceAddress address, String type, Map<String, Object> attributes) {
        this(address, type, attributes, Providers.DEFAULT);
    }

    public DesiredInstance {
        provider = provider == null ? Providers.DEFAULT : provider;
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        attributes = Map.copyOf(attributes);
    }
}
