package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.schema.Attribute;
import dev.sslform.plugin.config.schema.BlockType;
import dev.sslform.plugin.config.schema.ConfigRule;
import dev.sslform.plugin.config.schema.Constraint;
import dev.sslform.plugin.config.schema.Schema;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attribute map read against its schema: the only way a resource's typed model is decoded,
 * the plugin framework's {@code req.Plan.Get(ctx, &model)}. An absent attribute (or one
 * {@link Values#UNKNOWN}) takes the schema's default, or null when it has none; a value of the
 * wrong Java shape is refused. A <em>checked</em> reader (for configuration and planned values)
 * also runs the attribute's {@link Constraint}s and the schema's {@link ConfigRule}s, so a model
 * never holds what validation would have refused; a <em>state</em> reader does not, since state
 * also holds what the remote reported ({@code encryption = "unknown"}).
 *
 * @throws InvalidModelException from every read, naming the attribute, when the map breaks the schema
 */
final class AttributeReader {

    private final String type;
    private final String prefix;
    private final Schema schema;
    private final Map<String, ?> attributes;
    private final boolean checked;

    private AttributeReader(String type, String prefix, Schema schema, Map<String, ?> attributes, boolean checked) {
        this.type = type;
        this.prefix = prefix;
        this.schema = schema;
        this.attributes = attributes == null ? Map.of() : attributes;
        this.checked = checked;
        if (checked) {
            checkRules();
        }
    }

    /** Configuration or planned values: constraints and rules are enforced. */
    static AttributeReader checked(String type, Schema schema, Map<String, ?> attributes) {
        return new AttributeReader(type, "", schema, attributes, true);
    }

    /** State: types and defaults only. */
    static AttributeReader state(String type, Schema schema, Map<String, ?> attributes) {
        return new AttributeReader(type, "", schema, attributes, false);
    }

    String string(String name) {
        Object v = raw(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new InvalidModelException(type, prefix + name, "must be a string; got " + v);
    }

    /** A whole number; null when absent without a default. */
    Long number(String name) {
        return whole(name, raw(name));
    }

    /** A whole number the schema gives a default, so never absent. */
    long defaultedNumber(String name) {
        Long n = number(name);
        if (n == null) {
            throw new IllegalArgumentException(type + "'s schema gives \"" + prefix + name + "\" no default");
        }
        return n;
    }

    boolean bool(String name) {
        Object v = raw(name);
        if (v == null || v instanceof Boolean) {
            return Boolean.TRUE.equals(v);
        }
        throw new InvalidModelException(type, prefix + name, "must be a bool; got " + v);
    }

    /** A list or set of whole numbers; empty when absent. */
    List<Long> numbers(String name) {
        List<Long> out = new ArrayList<>();
        for (Object o : list(name)) {
            out.add(whole(name, o));
        }
        return out;
    }

    /** A list of strings; null when absent. */
    List<String> strings(String name) {
        if (raw(name) == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list(name)) {
            if (!(o instanceof String s)) {
                throw new InvalidModelException(type, prefix + name, "must hold strings; got " + o);
            }
            out.add(s);
        }
        return out;
    }

    /** A nested single block; its attributes' defaults when the block is absent. */
    AttributeReader block(String name) {
        BlockType bt = schema.block(name).orElseThrow(() -> new IllegalArgumentException(type + " declares no block \"" + name + "\""));
        Object v = attributes.get(name);
        Map<String, ?> m = v instanceof Map<?, ?> mm ? cast(mm) : Map.of();
        if (v != null && v != Values.UNKNOWN && !(v instanceof Map<?, ?>)) {
            throw new InvalidModelException(type, prefix + name, "must be a block; got " + v);
        }
        return new AttributeReader(type, prefix + name + ".", bt.schema(), m, checked);
    }

    /** An object-typed attribute (a computed one such as {@code pending}) as its JSON map; null when absent. */
    Map<String, Object> object(String name) {
        Object v = raw(name);
        if (v == null || v instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            return m;
        }
        throw new InvalidModelException(type, prefix + name, "must be an object; got " + v);
    }

    /** True when the map says the attribute is known only after apply. */
    boolean unknown(String name) {
        return attributes.get(name) == Values.UNKNOWN;
    }

    /** True when the map holds a value (not null, not unknown) for the attribute. */
    boolean present(String name) {
        Object v = attributes.get(name);
        return v != null && v != Values.UNKNOWN;
    }

    private List<?> list(String name) {
        Object v = raw(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new InvalidModelException(type, prefix + name, "must be a list; got " + v);
    }

    private Long whole(String name, Object v) {
        if (v == null) {
            return null;
        }
        Object n = Values.normalize(v);
        if (n instanceof Long l) {
            return l;
        }
        throw new InvalidModelException(type, prefix + name, "must be a whole number; got " + v);
    }

    private Object raw(String name) {
        Attribute a = schema.attribute(name)
                .orElseThrow(() -> new IllegalArgumentException(type + " declares no attribute \"" + prefix + name + "\""));
        Object v = attributes.get(name);
        if (v == null || v == Values.UNKNOWN) {
            return a.defaultIfSet().map(AttributeReader::toJava).orElse(null);
        }
        if (checked) {
            Value value = toValue(v);
            for (Constraint c : a.constraints()) {
                Optional<String> problem = c.check(value);
                if (problem.isPresent()) {
                    throw new InvalidModelException(type, prefix + name, problem.get());
                }
            }
        }
        return v;
    }

    private void checkRules() {
        if (schema.rules().isEmpty()) {
            return;
        }
        Map<String, Value> object = new LinkedHashMap<>();
        schema.attributes().keySet().forEach(n -> object.put(n, present(n) ? toValue(attributes.get(n)) : NullValue.INSTANCE));
        for (ConfigRule rule : schema.rules()) {
            rule.check(object).ifPresent(p -> {
                throw new InvalidModelException(type, prefix + rule.attribute(), "breaks a rule: " + p.detail());
            });
        }
    }

    /** A JSON value (String, Number, Boolean, List) as the configuration language's value. */
    static Value toValue(Object v) {
        if (v == null || v == Values.UNKNOWN) {
            return NullValue.INSTANCE;
        }
        if (v instanceof String s) {
            return new StringValue(s);
        }
        if (v instanceof Boolean b) {
            return BoolValue.of(b);
        }
        if (v instanceof Number n) {
            return new NumberValue(new BigDecimal(n.toString()));
        }
        if (v instanceof List<?> l) {
            return new ListValue(l.stream().map(AttributeReader::toValue).toList());
        }
        return new StringValue(String.valueOf(v));
    }

    private static Object toJava(Value v) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        if (v instanceof BoolValue b) {
            return b.value();
        }
        if (v instanceof NumberValue n) {
            return Values.normalize(n.value());
        }
        throw new IllegalArgumentException("unsupported default " + v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }
}
