package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.List;
import java.util.Map;

/**
 * A {@code module "name"} block as written: its local {@code source} path (as given, and as
 * resolved against the calling module's directory), the meta-arguments {@code count},
 * {@code for_each} (null when absent) and {@code depends_on}, and the input variable arguments by
 * name, unevaluated.
 */
public record ModuleCall(String name, String source, java.nio.file.Path sourceDir, Expr count, Expr forEach, List<String> dependsOn,
                         Map<String, Attribute> arguments, SourceRange declRange, SourceRange sourceRange) {
    public ModuleCall {
        dependsOn = List.copyOf(dependsOn);
        arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    }
}
