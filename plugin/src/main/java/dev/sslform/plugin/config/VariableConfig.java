package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.util.List;

/**
 * A {@code variable} block: type constraint, default (null when the variable is required),
 * description, whether null is a valid value ({@code nullable}, true by default), its
 * validation rules, and whether its value is sensitive (see {@link Sensitivity}).
 */
public record VariableConfig(String name, Type type, Value defaultValue, String description, boolean nullable,
                             List<Validation> validations, SourceRange declRange, boolean sensitive) {
    public VariableConfig {
        validations = List.copyOf(validations);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** A {@code validation} block: the condition must hold, else {@code errorMessage} is reported. */
    public record Validation(Expr condition, Expr errorMessage, SourceRange range) {
    }
}
