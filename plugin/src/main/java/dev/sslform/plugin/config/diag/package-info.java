/**
 * Diagnostics with source positions: {@link dev.sslform.plugin.config.diag.Diagnostic},
 * {@link dev.sslform.plugin.config.diag.SourceRange} and the collector every loader and
 * evaluator step appends to, so one run reports every problem.
 *
 * <p>JDK only. It knows nothing of how diagnostics are printed; that is the CLI's job.
 */
package dev.sslform.plugin.config.diag;
