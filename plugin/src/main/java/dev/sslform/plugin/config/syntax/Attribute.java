package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.SourceRange;

/** {@code name = expr}; {@code range} covers the whole definition. */
public record Attribute(String name, Expr expr, SourceRange nameRange, SourceRange range) {
}
