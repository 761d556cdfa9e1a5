package dev.sslform.plugin.config.value;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A string-keyed collection: Terraform's map and object. Keys are kept sorted, as cty and
 * Terraform's JSON output order them.
 */
public record ObjectValue(Map<String, Value> attributes) implements Value {
    public static final ObjectValue EMPTY = new ObjectValue(Map.of());

    public ObjectValue {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public Optional<Value> get(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public boolean isWhollyKnown() {
        return attributes.values().stream().allMatch(Value::isWhollyKnown);
    }
}
