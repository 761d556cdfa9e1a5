package dev.sslform.plugin.config.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An unordered collection without duplicates. Elements are kept in a canonical order (strings and
 * numbers sorted, others in first-seen order) so that iteration and printing are deterministic.
 */
public record SetValue(List<Value> elements) implements Value {
    public SetValue {
        List<Value> unique = new ArrayList<>(new LinkedHashSet<>(elements));
        unique.sort(SetValue::canonical);
        elements = List.copyOf(unique);
    }

    private static int canonical(Value a, Value b) {
        if (a instanceof StringValue x && b instanceof StringValue y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.value().compareTo(y.value());
        }
        return 0;
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public boolean isWhollyKnown() {
        return elements.stream().allMatch(Value::isWhollyKnown);
    }
}
