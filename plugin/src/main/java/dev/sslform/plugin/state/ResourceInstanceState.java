package dev.sslform.plugin.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One instance of a resource as recorded in state: its key, the schema version its attributes
 * were written with, the attributes themselves (JSON values: String, Number, Boolean, List, Map or
 * null), the provider's opaque {@code private} blob (may be null) and, as Terraform records them,
 * the {@code dependencies}: the addresses of the managed resources ({@code type.name}, no instance
 * key) it depended on when it was last applied, sorted; a destroy runs after theirs, in reverse.
 *
 * <p>The attribute map is a deep, unmodifiable copy with JSON-normalised values (whole numbers as
 * Long, other numbers as Double, lists and maps copied), so a State never changes under its reader
 * and a state read back from disk equals the one written.
 */
public record ResourceInstanceState(IndexKey key, long schemaVersion, Map<String, Object> attributes, String privateData,
                                    List<String> dependencies) {

    public ResourceInstanceState {
        Objects.requireNonNull(key, "key");
        attributes = normalizeMap(Objects.requireNonNull(attributes, "attributes"));
        dependencies = dependencies == null ? List.of() : List.copyOf(new java.util.TreeSet<>(dependencies));
    }

    /** An instance that records no dependencies. */
    public ResourceInstanceState(IndexKey key, long schemaVersion, Map<String, Object> attributes, String privateData) {
        this(key, schemaVersion, attributes, privateData, List.of());
    }

    private static Map<String, Object> normalizeMap(Map<?, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object normalize(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float || v instanceof Double) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            return normalizeMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(normalize(e)));
            return Collections.unmodifiableList(out);
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        throw new IllegalArgumentException("attribute values must be JSON values, got " + v.getClass().getName());
    }

    public static ResourceInstanceState of(Map<String, Object> attributes) {
        return new ResourceInstanceState(IndexKey.NONE, 0, attributes, null);
    }

    public ResourceInstanceState withKey(IndexKey newKey) {
        return new ResourceInstanceState(newKey, schemaVersion, attributes, privateData, dependencies);
    }

    /** A string attribute, or null when absent or null. */
    public String string(String name) {
        Object value = attributes.get(name);
        return value == null ? null : value.toString();
    }
}
