package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.schema.Schema;
import java.util.List;

/**
 * A {@code resource} or {@code data} block as written: its address, where it is declared, its
 * meta-arguments and its body (arguments and nested blocks, meta-arguments removed) as
 * unevaluated expressions. {@code count} and {@code forEach} are null when absent; {@code schema}
 * is null when the type is unknown (already reported). {@code check} names the check block a
 * scoped data source is declared in, null otherwise.
 */
public record ResourceConfig(Address address, SourceRange declRange, Expr count, Expr forEach,
                             List<String> dependsOn, String provider, Lifecycle lifecycle, Body body, Schema schema, String check) {
    public ResourceConfig {
        dependsOn = List.copyOf(dependsOn);
    }

    /** This data source, declared inside {@code check "name"} (only that check's assertions may refer to it). */
    public ResourceConfig scopedTo(String name) {
        return new ResourceConfig(address, declRange, count, forEach, dependsOn, provider, lifecycle, body, schema, name);
    }

    public ResourceMode mode() {
        return address.mode();
    }
}
