package dev.sslform.plugin.config.schema;

import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One attribute of a resource, data source or provider schema: its name, type, who sets it,
 * whether changing it forces a new resource, whether it is sensitive, its default and the
 * constraints its value must meet. Immutable; the {@code with…} methods return copies.
 */
public record Attribute(String name, Type type, AttrMode mode, boolean sensitive, boolean forceNew,
                       Value defaultValue, List<Constraint> constraints, String description) {

    public Attribute {
        constraints = List.copyOf(constraints);
    }

    public static Attribute required(String name, Type type) {
        return new Attribute(name, type, AttrMode.REQUIRED, false, false, null, List.of(), "");
    }

    public static Attribute optional(String name, Type type) {
        return new Attribute(name, type, AttrMode.OPTIONAL, false, false, null, List.of(), "");
    }

    public static Attribute computed(String name, Type type) {
        return new Attribute(name, type, AttrMode.COMPUTED, false, false, null, List.of(), "");
    }

    public Attribute forcesNew() {
        return new Attribute(name, type, mode, sensitive, true, defaultValue, constraints, description);
    }

    public Attribute markedSensitive() {
        return new Attribute(name, type, mode, true, forceNew, defaultValue, constraints, description);
    }

    public Attribute withDefault(Value v) {
        return new Attribute(name, type, mode, sensitive, forceNew, v, constraints, description);
    }

    public Attribute describedAs(String text) {
        return new Attribute(name, type, mode, sensitive, forceNew, defaultValue, constraints, text);
    }

    public Attribute constrainedBy(Constraint c) {
        List<Constraint> all = new ArrayList<>(constraints);
        all.add(c);
        return new Attribute(name, type, mode, sensitive, forceNew, defaultValue, all, description);
    }

    public Attribute oneOf(String... allowed) {
        return constrainedBy(new Constraint.OneOf(Arrays.stream(allowed).map(Value::of).toList()));
    }

    public Attribute oneOf(long... allowed) {
        return constrainedBy(new Constraint.OneOf(Arrays.stream(allowed).mapToObj(n -> (Value) NumberValue.of(n)).toList()));
    }

    public Attribute between(long min, long max) {
        return constrainedBy(new Constraint.Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
    }

    /** A whole number (the provider's attribute is an integer). */
    public Attribute whole() {
        return constrainedBy(new Constraint.Whole());
    }

    public Attribute atLeast(long min) {
        return constrainedBy(new Constraint.Range(BigDecimal.valueOf(min), null));
    }

    public Optional<Value> defaultIfSet() {
        return Optional.ofNullable(defaultValue);
    }
}
