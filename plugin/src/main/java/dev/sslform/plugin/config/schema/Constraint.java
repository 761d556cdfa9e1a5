package dev.sslform.plugin.config.schema;

import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A check on a known, non-null attribute value beyond its type: a validator of HashiCorp's plugin
 * framework (the SDK's ValidateFunc). Each returns the problem in words, or empty when the value
 * is acceptable. Declared once, on the schema's {@link Attribute}; the loader runs them at validate
 * time (the detail "The value of "NAME" PROBLEM.") and the provider's model decoding runs the same
 * ones again to refuse a map that never went through the loader, so no resource checks by hand.
 */
public sealed interface Constraint {

    Optional<String> check(Value v);

    /** The value must be one of a fixed set (strings or numbers). */
    record OneOf(List<Value> allowed) implements Constraint {
        public OneOf {
            allowed = List.copyOf(allowed);
        }

        @Override
        public Optional<String> check(Value v) {
            if (allowed.contains(v)) {
                return Optional.empty();
            }
            return Optional.of("must be one of " + allowed.stream().map(Constraint::show).collect(Collectors.joining(", "))
                    + "; got " + show(v));
        }
    }

    /** A number between {@code min} and {@code max} inclusive (either may be null). */
    record Range(BigDecimal min, BigDecimal max) implements Constraint {
        @Override
        public Optional<String> check(Value v) {
            if (!(v instanceof NumberValue n)) {
                return Optional.empty();
            }
            boolean low = min != null && n.value().compareTo(min) < 0;
            boolean high = max != null && n.value().compareTo(max) > 0;
            if (!low && !high) {
                return Optional.empty();
            }
            String bounds = min != null && max != null ? "between " + min + " and " + max
                    : min != null ? "at least " + min : "at most " + max;
            return Optional.of("must be " + bounds + "; got " + n.text());
        }
    }

    /** A string matching a regular expression, described in words for the message. */
    record Matches(String regex, String description) implements Constraint {
        @Override
        public Optional<String> check(Value v) {
            if (v instanceof StringValue s && !s.value().matches(regex)) {
                return Optional.of("must be " + description + "; got " + show(v));
            }
            return Optional.empty();
        }
    }

    /** A whole number: the attribute is an integer in the provider (days, hours, 0/1 switches). */
    record Whole() implements Constraint {
        @Override
        public Optional<String> check(Value v) {
            if (v instanceof NumberValue n && !n.isInteger()) {
                return Optional.of("must be a whole number; got " + n.text());
            }
            return Optional.empty();
        }
    }

    /** A collection with at least {@code min} elements. */
    record SizeAtLeast(int min) implements Constraint {
        @Override
        public Optional<String> check(Value v) {
            List<Value> items = elements(v);
            if (items != null && items.size() < min) {
                return Optional.of("must have at least " + min + (min == 1 ? " element" : " elements") + "; got " + items.size());
            }
            return Optional.empty();
        }
    }

    /** Every element of a collection must satisfy {@code element}. */
    record Each(Constraint element) implements Constraint {
        @Override
        public Optional<String> check(Value v) {
            List<Value> items = elements(v);
            for (Value item : items == null ? List.<Value>of() : items) {
                Optional<String> problem = element.check(item);
                if (problem.isPresent()) {
                    return Optional.of("each element " + problem.get());
                }
            }
            return Optional.empty();
        }
    }

    private static List<Value> elements(Value v) {
        return v instanceof dev.sslform.plugin.config.value.SetValue s ? s.elements()
                : v instanceof dev.sslform.plugin.config.value.ListValue l ? l.elements() : null;
    }

    static String show(Value v) {
        return v instanceof StringValue s ? "\"" + s.value() + "\"" : v instanceof NumberValue n ? n.text() : v.typeName();
    }
}
