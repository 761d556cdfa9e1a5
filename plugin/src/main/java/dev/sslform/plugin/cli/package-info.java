/**
 * The command line: picocli commands with Terraform's names and single-dash flags, exit codes,
 * and the human and JSON views of diagnostics. The only package that talks to the terminal.
 *
 * <p>Commands stay thin: they build a request, call {@code config} (and later {@code plan}), and
 * print through the command's own writers so tests can capture them.
 */
package dev.sslform.plugin.cli;
