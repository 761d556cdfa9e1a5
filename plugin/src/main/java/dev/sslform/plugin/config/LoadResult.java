package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import java.util.Map;

/**
 * A loaded configuration and every diagnostic found while loading it. {@code sources} maps each
 * file name used in diagnostics to its text, so a renderer can show the source line. The
 * configuration is present even when there are errors (what could be read), so callers may keep
 * checking; they must not plan from it when {@code diagnostics().hasErrors()}. {@code syntaxValid} is
 * false when a file could not be parsed; evaluating then would only repeat the damage as noise.
 */
public record LoadResult(Configuration configuration, Diagnostics diagnostics, Map<String, String> sources, boolean syntaxValid) {
}
