package dev.sslform.plugin.config.schema;

import dev.sslform.plugin.config.value.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a resource, data source, provider or nested block: attributes and nested block
 * types, in declaration order, and the {@link ConfigRule}s that span several attributes.
 * {@link #objectType()} is the type of its value. With each {@link Attribute}'s default and
 * {@link Constraint}s, the one place an argument's validation and default are written.
 */
public record Schema(Map<String, Attribute> attributes, Map<String, BlockType> blocks, List<ConfigRule> rules) {

    public Schema {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        rules = List.copyOf(rules);
        for (ConfigRule r : rules) {
            for (String name : r.attributes()) {
                if (!attributes.containsKey(name)) {
                    throw new IllegalArgumentException("rule " + r + " names \"" + name + "\", which the schema does not declare");
                }
            }
        }
    }

    public Schema(Map<String, Attribute> attributes, Map<String, BlockType> blocks) {
        this(attributes, blocks, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Optional<BlockType> block(String name) {
        return Optional.ofNullable(blocks.get(name));
    }

    /** Every name that may appear in a configuration body of this schema. */
    public List<String> configurableNames() {
        List<String> names = new ArrayList<>();
        attributes.values().stream().filter(a -> a.mode().configurable()).forEach(a -> names.add(a.name()));
        names.addAll(blocks.keySet());
        return names;
    }

    public Type objectType() {
        Map<String, Type> types = new LinkedHashMap<>();
        attributes.values().forEach(a -> types.put(a.name(), a.type()));
        blocks.values().forEach(b -> types.put(b.name(), b.nesting() == Nesting.SINGLE ? b.schema().objectType()
                : Type.listOf(b.schema().objectType())));
        return Type.objectOf(types);
    }

    /** Collects attributes and blocks in order. */
    public static final class Builder {
        private final Map<String, Attribute> attributes = new LinkedHashMap<>();
        private final Map<String, BlockType> blocks = new LinkedHashMap<>();
        private final List<ConfigRule> rules = new ArrayList<>();

        public Builder attribute(Attribute a) {
            attributes.put(a.name(), a);
            return this;
        }

        public Builder block(String name, Nesting nesting, Schema schema) {
            blocks.put(name, new BlockType(name, nesting, schema));
            return this;
        }

        public Builder rule(ConfigRule r) {
            rules.add(r);
            return this;
        }

        public Schema build() {
            return new Schema(attributes, blocks, rules);
        }
    }
}
