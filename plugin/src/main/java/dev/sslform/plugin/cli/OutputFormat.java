package dev.sslform.plugin.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A value as {@code terraform output} prints it (Terraform's console formatting): strings quoted
 * with Go's escapes (several lines as a heredoc), numbers exact, tuples and objects over several
 * lines indented by two, lists, sets and maps wrapped in {@code tolist(…)}, {@code toset(…)},
 * {@code tomap(…)} as their state type says; object and map keys quoted.
 */
final class OutputFormat {

    private OutputFormat() {
    }

    /** {@code value} formatted at {@code indent}, its state type JSON ({@code "string"}, {@code ["list","string"]}, …) given or null. */
    static String value(Object value, Object type, int indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s.contains("\n") ? heredoc(s, indent) : quote(s);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return number(n);
        }
        String kind = type instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : "";
        if (value instanceof List<?> list) {
            String seq = sequence(list, type, indent);
            return switch (kind) {
                case "list" -> "tolist(" + seq + ")";
                case "set" -> "toset(" + seq + ")";
                default -> seq;
            };
        }
        if (value instanceof Map<?, ?> map) {
            String m = mapping(map, type, indent);
            return kind.equals("map") ? "tomap(" + m + ")" : m;
        }
        return String.valueOf(value);
    }

    /** A number in full, without exponent or trailing zeros: what cty's big float prints. */
    static String number(Number n) {
        BigDecimal d = n instanceof BigDecimal bd ? bd : n instanceof BigInteger bi ? new BigDecimal(bi)
                : n instanceof Double || n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(n.longValue());
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String sequence(List<?> list, Object type, int indent) {
        if (list.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            sb.append('\n').append(" ".repeat(indent + 2)).append(value(list.get(i), elementType(type, i, null), indent + 2)).append(',');
        }
        return sb.append('\n').append(" ".repeat(indent)).append(']').toString();
    }

    private static String mapping(Map<?, ?> map, Object type, int indent) {
        if (map.isEmpty()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        Map<String, Object> sorted = new java.util.TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        sorted.forEach((k, v) -> sb.append('\n').append(" ".repeat(indent + 2)).append(quote(k)).append(" = ")
                .append(value(v, elementType(type, -1, k), indent + 2)));
        return sb.append('\n').append(" ".repeat(indent)).append('}').toString();
    }

    /** The type of one element: a list/set/map's element type, a tuple's i-th, an object's attribute's. */
    private static Object elementType(Object type, int index, String key) {
        if (!(type instanceof List<?> l) || l.size() < 2) {
            return null;
        }
        String kind = String.valueOf(l.get(0));
        Object inner = l.get(1);
        return switch (kind) {
            case "list", "set", "map" -> inner;
            case "tuple" -> inner instanceof List<?> ts && index >= 0 && index < ts.size() ? ts.get(index) : null;
            case "object" -> inner instanceof Map<?, ?> attrs && key != null ? attrs.get(key) : null;
            default -> null;
        };
    }

    /** Go's strconv.Quote for the characters a configuration holds. */
    static String quote(String s) {
        return dev.sslform.plugin.config.format.GoQuote.quote(s);
    }

    private static String heredoc(String s, int indent) {
        String[] lines = s.split("\n", -1);
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
        for (String line : lines) {
            sb.append('\n').append(" ".repeat(indent)).append(line);
        }
        return sb.append('\n').append(" ".repeat(indent)).append(delimiter).toString();
    }
}
