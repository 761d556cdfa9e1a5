package dev.sslform.plugin.config.json;

import dev.sslform.plugin.config.diag.SourceRange;
import java.util.List;

/**
 * A JSON or YAML value with its source range: what Jackson's tree model lacks. {@code value} is a
 * String, BigDecimal, Boolean, null, a {@code List<Node>} (array) or a {@code List<Field>} (object,
 * in source order, duplicates kept so they can be reported). {@code contentOffset} is 1 for a
 * quoted string (its text starts after the quote), else 0.
 */
record Node(Object value, boolean isObject, SourceRange range, int contentOffset) {

    record Field(String name, SourceRange nameRange, Node value) {
    }

    @SuppressWarnings("unchecked")
    List<Field> fields() {
        return isObject ? (List<Field>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    List<Node> elements() {
        return value instanceof List<?> && !isObject ? (List<Node>) value : List.of();
    }

    boolean isArray() {
        return value instanceof List<?> && !isObject;
    }
}
