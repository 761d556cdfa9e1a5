/**
 * Configuration values and types: the sealed {@link dev.sslform.plugin.config.value.Value} tree
 * (exact {@link java.math.BigDecimal} numbers, and {@link dev.sslform.plugin.config.value.UnknownValue}
 * for what is known only at plan time), {@link dev.sslform.plugin.config.value.Type} constraints,
 * conversion between them and their JSON form.
 *
 * <p>JDK and Jackson only; it knows no syntax, no files and no provider.
 */
package dev.sslform.plugin.config.value;
