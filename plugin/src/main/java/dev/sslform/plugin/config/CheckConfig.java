package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import java.util.List;

/**
 * A {@code check "name"} block: its assertions and at most one scoped data source, which only
 * the assertions may refer to. Failures are warnings, never errors, as in Terraform.
 */
public record CheckConfig(String name, List<Condition> asserts, ResourceConfig data, SourceRange declRange) {
    public CheckConfig {
        asserts = List.copyOf(asserts);
    }
}
