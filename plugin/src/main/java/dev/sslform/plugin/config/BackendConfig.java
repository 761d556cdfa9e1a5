package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import java.util.Map;

/**
 * The {@code backend "TYPE" { … }} block of the {@code terraform} block: where state lives. As
 * in Terraform, its arguments are literal strings (no variables); unknown types and arguments
 * are errors at load time.
 */
public record BackendConfig(String type, Map<String, String> settings, SourceRange declRange) {
    public BackendConfig {
        settings = Map.copyOf(settings);
    }
}
