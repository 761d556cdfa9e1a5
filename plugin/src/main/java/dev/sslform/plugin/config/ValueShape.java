package dev.sslform.plugin.config;

import dev.sslform.plugin.config.value.Type;
import java.util.List;
import java.util.Map;

/**
 * What is known of a value's type beyond the value itself, for showing it as Terraform does:
 * sslform's values do not tell a list from a tuple or a map from an object, but a variable's
 * declared type, a schema attribute's type and some functions do. {@code each} is the shape of
 * every element (of a list, set or map, or of a tuple or object whose members all share it);
 * {@code elements}/{@code attributes} give members one by one. {@link #ANY} knows nothing.
 */
public record ValueShape(Kind kind, ValueShape each, List<ValueShape> elements, Map<String, ValueShape> attributes, Type primitive) {
    public enum Kind { ANY, PRIMITIVE, LIST, SET, MAP, TUPLE, OBJECT }

    public static final ValueShape ANY = new ValueShape(Kind.ANY, null, null, null, null);

    /** The shape a type constraint gives. */
    public static ValueShape of(Type t) {
        if (t == null) {
            return ANY;
        }
        if (t instanceof Type.Primitive p) {
            return new ValueShape(Kind.PRIMITIVE, null, null, null, p);
        }
        if (t instanceof Type.ListOf l) {
            return collection(Kind.LIST, of(l.element()));
        }
        if (t instanceof Type.SetOf s) {
            return collection(Kind.SET, of(s.element()));
        }
        if (t instanceof Type.MapOf m) {
            return collection(Kind.MAP, of(m.element()));
        }
        if (t instanceof Type.TupleOf tu) {
            return new ValueShape(Kind.TUPLE, null, tu.elements().stream().map(ValueShape::of).toList(), null, null);
        }
        if (t instanceof Type.ObjectOf o) {
            Map<String, ValueShape> attrs = new java.util.HashMap<>();
            o.attributes().forEach((k, v) -> attrs.put(k, of(v)));
            return object(attrs);
        }
        return ANY;
    }

    static ValueShape collection(Kind kind, ValueShape each) {
        return new ValueShape(kind, each, null, null, null);
    }

    static ValueShape object(Map<String, ValueShape> attributes) {
        return new ValueShape(Kind.OBJECT, null, null, Map.copyOf(attributes), null);
    }

    /** A tuple or object whose members all have the shape {@code each} (a counted or for_each resource). */
    static ValueShape uniform(Kind kind, ValueShape each) {
        return new ValueShape(kind, each, null, null, null);
    }

    /** The shape of the member named {@code key} (an attribute name, a map key or an index). */
    public ValueShape member(String key) {
        if (attributes != null) {
            return attributes.getOrDefault(key, ANY);
        }
        if (elements != null) {
            try {
                int i = Integer.parseInt(key);
                return i >= 0 && i < elements.size() ? elements.get(i) : ANY;
            } catch (NumberFormatException e) {
                return ANY;
            }
        }
        return each != null ? each : ANY;
    }
}
