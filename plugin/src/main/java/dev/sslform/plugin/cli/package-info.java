/**
 * The command line: picocli commands (plan, apply, destroy, import, state list|show|rm, show),
 * their Terraform-style single-dash flags, exit codes, prompts and output. The only package that
 * talks to the terminal; everything goes through the command's writers so tests capture it.
 * {@link dev.sslform.plugin.cli.EngineCli} is the command tree until the config branch's root
 * command lands, when these subcommands move under it.
 *
 * <p>May import every plugin package and picocli; nothing imports it.
 */
package dev.sslform.plugin.cli;
