package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.List;

/** An {@code output} block: its value expression, description, sensitivity, depends_on and preconditions. */
public record OutputConfig(String name, Expr value, String description, boolean sensitive, List<String> dependsOn,
                           List<Condition> preconditions, SourceRange declRange) {
    public OutputConfig {
        dependsOn = List.copyOf(dependsOn);
        preconditions = List.copyOf(preconditions);
    }
}
