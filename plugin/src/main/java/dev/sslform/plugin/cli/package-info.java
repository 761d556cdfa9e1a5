/**
 * The command line: picocli commands with Terraform's names and flags, one dash or two (init,
 * validate, version, plan, apply, destroy, refresh, import, output, state list|show|rm|pull|push,
 * show, workspace, providers, force-unlock, fmt, console), exit codes, prompts, colour on a
 * terminal, and the human, JSON and machine-readable (-json) views of diagnostics and plans. The
 * only package that talks to the terminal. Every error and warning, whoever raised it, goes out
 * through {@link dev.sslform.plugin.cli.DiagnosticView}: Terraform's rendering
 * ({@link dev.sslform.plugin.cli.DiagnosticFormat}) of one
 * {@link dev.sslform.plugin.cli.ViewDiagnostic}, or its JSON form under -json.
 *
 * <p>Commands stay thin: they build a request, call {@code config}, {@code plan} and
 * {@code state}, and print through the command's own writers so tests can capture them. What
 * they take from the process (environment, clock, sleeper, stdin, whether it is a terminal) comes
 * in a {@link dev.sslform.plugin.cli.CliEnv}, so tests can drive time. May import every plugin
 * package and picocli; nothing imports it.
 */
package dev.sslform.plugin.cli;
