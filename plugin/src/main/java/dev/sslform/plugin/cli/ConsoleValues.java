package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.ValueShape;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shows a value the way {@code terraform console} does: strings quoted (or as a heredoc when they
 * span lines), numbers in plain decimal, tuples and objects over several lines with two-space
 * indentation, {@code tolist(...)}, {@code toset(...)} and {@code tomap(...)} where the value's
 * type is a collection, keys quoted and sorted, {@code (known after apply)} for an unknown and
 * {@code (sensitive value)} for what derives from a sensitive input.
 */
final class ConsoleValues {
    private ConsoleValues() {
    }

    /**
     * {@code value} as text; {@code withoutSensitive} is the same value computed with sensitive
     * inputs unknown (see {@link dev.sslform.plugin.config.ExpressionConsole}).
     */
    static String format(Value value, Value withoutSensitive, ValueShape shape, int indent) {
        if (value instanceof UnknownValue) {
            return "(known after apply)";
        }
        if (withoutSensitive instanceof UnknownValue || (value instanceof SetValue && withoutSensitive != null
                && !withoutSensitive.isWhollyKnown())) {
            return "(sensitive value)";
        }
        ValueShape s = shape == null ? ValueShape.ANY : shape;
        if (value instanceof NullValue) {
            return nullText(s);
        }
        if (value instanceof StringValue str) {
            String heredoc = heredoc(str.value(), indent);
            return heredoc != null ? heredoc : quote(str.value());
        }
        if (value instanceof NumberValue n) {
            return n.text();
        }
        if (value instanceof BoolValue b) {
            return String.valueOf(b.value());
        }
        if (value instanceof ListValue l) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < l.elements().size(); i++) {
                Value w = withoutSensitive instanceof ListValue wl && wl.elements().size() == l.elements().size() ? wl.elements().get(i) : null;
                items.add(format(l.elements().get(i), w, s.member(String.valueOf(i)), indent + 2));
            }
            String seq = sequence(items, indent);
            return s.kind() == ValueShape.Kind.LIST ? "tolist(" + seq + ")" : s.kind() == ValueShape.Kind.SET ? "toset(" + seq + ")" : seq;
        }
        if (value instanceof SetValue set) {
            List<Value> sorted = new ArrayList<>(set.elements());
            sorted.sort(SET_ORDER);
            List<String> items = new ArrayList<>();
            for (Value e : sorted) {
                items.add(format(e, e, s.member("0"), indent + 2));
            }
            return "toset(" + sequence(items, indent) + ")";
        }
        if (value instanceof ObjectValue o) {
            StringBuilder sb = new StringBuilder("{");
            Map<String, Value> sorted = new TreeMap<>(o.attributes());
            for (Map.Entry<String, Value> e : sorted.entrySet()) {
                Value w = withoutSensitive instanceof ObjectValue wo ? wo.attributes().get(e.getKey()) : null;
                sb.append('\n').append(" ".repeat(indent + 2)).append(quote(e.getKey())).append(" = ")
                        .append(format(e.getValue(), w, s.member(e.getKey()), indent + 2));
            }
            if (!sorted.isEmpty()) {
                sb.append('\n').append(" ".repeat(indent));
            }
            sb.append('}');
            return s.kind() == ValueShape.Kind.MAP ? "tomap(" + sb + ")" : sb.toString();
        }
        return String.valueOf(value);
    }

    private static final Comparator<Value> SET_ORDER = (a, b) -> {
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof StringValue x && b instanceof StringValue y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof BoolValue x && b instanceof BoolValue y) {
            return Boolean.compare(x.value(), y.value());
        }
        return 0;
    };

    private static String sequence(List<String> items, int indent) {
        StringBuilder sb = new StringBuilder("[");
        for (String item : items) {
            sb.append('\n').append(" ".repeat(indent + 2)).append(item).append(',');
        }
        if (!items.isEmpty()) {
            sb.append('\n').append(" ".repeat(indent));
        }
        return sb.append(']').toString();
    }

    private static String nullText(ValueShape s) {
        return switch (s.kind()) {
            case PRIMITIVE -> "to" + s.primitive() + "(null)";
            case LIST -> "tolist(null) /* of " + friendly(s.each()) + " */";
            case SET -> "toset(null) /* of " + friendly(s.each()) + " */";
            case MAP -> "tomap(null) /* of " + friendly(s.each()) + " */";
            case OBJECT, TUPLE -> "null /* " + friendly(s) + " */";
            default -> "null";
        };
    }

    /** cty's friendly type names: "string", "list of string", "object", "dynamic". */
    private static String friendly(ValueShape s) {
        if (s == null) {
            return "dynamic";
        }
        return switch (s.kind()) {
            case PRIMITIVE -> ((Type.Primitive) s.primitive()).name();
            case LIST -> "list of " + friendly(s.each());
            case SET -> "set of " + friendly(s.each());
            case MAP -> "map of " + friendly(s.each());
            case OBJECT -> "object";
            case TUPLE -> "tuple";
            default -> "dynamic";
        };
    }

    /** A string of two or more lines as a heredoc, its delimiter lengthened until no line equals it. */
    private static String heredoc(String s, int indent) {
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return null;
        }
        String delimiter = "EOT";
        boolean clash = true;
        while (clash) {
            clash = false;
            for (String line : lines) {
                if (line.strip().equals(delimiter)) {
                    delimiter += "_";
                    clash = true;
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder(indent > 0 ? "<<-" : "<<").append(delimiter);
        String pad = " ".repeat(indent);
        for (String line : lines) {
            sb.append('\n').append(pad).append(line);
        }
        return sb.append('\n').append(pad).append(delimiter).toString();
    }

    /** A double-quoted string with Go's escapes ({@code strconv.Quote}), as Terraform prints it. */
    static String quote(String s) {
        return dev.sslform.plugin.config.format.GoQuote.quote(s);
    }

}
