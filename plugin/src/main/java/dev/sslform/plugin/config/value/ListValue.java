package dev.sslform.plugin.config.value;

import java.util.List;

/** An ordered sequence: Terraform's list and tuple. Elements may differ in type (a tuple). */
public record ListValue(List<Value> elements) implements Value {
    public ListValue {
        elements = List.copyOf(elements);
    }

    public static ListValue of(Value... elements) {
        return new ListValue(List.of(elements));
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    @Override
    public boolean isWhollyKnown() {
        return elements.stream().allMatch(Value::isWhollyKnown);
    }
}
