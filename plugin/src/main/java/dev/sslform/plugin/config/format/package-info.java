/**
 * The formatter behind {@code sslform fmt}: HashiCorp's canonical HCL layout ({@code hclwrite}'s
 * whitespace rules: indentation by bracket nesting, spaces between tokens, {@code =} and trailing
 * comments aligned in runs of lines) over the lexer's tokens, plus the clean-ups {@code terraform
 * fmt} makes on top (interpolation-only strings unwrapped, legacy type constraints, quoted block
 * labels).
 *
 * <p>May import {@code config.syntax} and {@code config.diag}; it evaluates nothing and knows no
 * CLI.
 */
package dev.sslform.plugin.config.format;
