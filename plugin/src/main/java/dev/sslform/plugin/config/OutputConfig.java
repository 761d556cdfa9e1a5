package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;

/** An {@code output} block: its value expression, description and sensitivity. */
public record OutputConfig(String name, Expr value, String description, boolean sensitive, SourceRange declRange) {
}
