/**
 * HCL native syntax: a modal lexer, a recursive-descent parser that keeps the source range of
 * every node and recovers after errors, and the syntax tree ({@link dev.sslform.plugin.config.syntax.Body},
 * {@link dev.sslform.plugin.config.syntax.Block}, {@link dev.sslform.plugin.config.syntax.Attribute}
 * and the sealed {@link dev.sslform.plugin.config.syntax.Expr}) that the YAML and JSON readers
 * also produce.
 *
 * <p>May import only {@code config.diag} and {@code config.value}; it evaluates nothing.
 */
package dev.sslform.plugin.config.syntax;
