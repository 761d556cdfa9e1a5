/**
 * Expression evaluation: the {@link dev.sslform.plugin.config.eval.Evaluator} over a
 * {@link dev.sslform.plugin.config.eval.Scope}, HCL's operators, templates and for expressions,
 * and the built-in {@link dev.sslform.plugin.config.eval.Functions}. Errors become diagnostics
 * and unknown values; unknowns propagate through operators and functions.
 *
 * <p>May import {@code config.syntax}, {@code config.value}, {@code config.diag} and Jackson (for
 * the JSON/YAML functions); no files other than through {@code file()}, no provider, no CLI.
 */
package dev.sslform.plugin.config.eval;
