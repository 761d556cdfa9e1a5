package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.Map;
import java.util.Objects;

/** One resource instance the configuration asks for, already evaluated (no expressions left). */
public record DesiredInstance(ResourceAddress address, String type, Map<String, Object> attributes) {
    public DesiredInstance {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        attributes = Map.copyOf(attributes);
    }
}
