package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.List;

/** An {@code output} block: its value expression, description, sensitivity and preconditions. */
public record OutputConfig(String name, Expr value, String description, boolean sensitive, List<Condition> preconditions,
                           SourceRange declRange) {
    public OutputConfig {
        preconditions = List.copyOf(preconditions);
    }
}
