package dev.sslform.plugin.config.diag;

/**
 * A reference in the expression a diagnostic is about and what it held when the expression was
 * evaluated, as Terraform's diagnostics show them under the snippet: {@code var.days}
 * {@code is 3}.
 */
public record ExpressionValue(String traversal, String statement) {
}
