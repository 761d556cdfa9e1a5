/**
 * Terraform's JSON syntax ({@code *.tf.json}) and the same shape in YAML, read into the syntax
 * tree the HCL parser produces, with positions from Jackson's streaming parser.
 *
 * <p>May import {@code config.syntax}, {@code config.value}, {@code config.diag} and Jackson.
 */
package dev.sslform.plugin.config.json;
