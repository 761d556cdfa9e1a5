package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;

/** One named value from a {@code locals} block. */
public record LocalConfig(String name, Expr expr, SourceRange declRange) {
}
