/**
 * Schemas, declared once in provider code: {@link dev.sslform.plugin.provider.schema.Schema},
 * {@link dev.sslform.plugin.provider.schema.Attribute} (type, required/optional/computed,
 * sensitive, forces-new, default, {@link dev.sslform.plugin.provider.schema.Constraint}s) and
 * nested {@link dev.sslform.plugin.provider.schema.BlockType}s. Attribute types are
 * {@link dev.sslform.plugin.config.value.Type}s, so a schema is checked with the same conversion
 * rules as the rest of the language.
 *
 * <p>Pure data: imports only {@code config.value}; no HTTP, no CLI, no config loading.
 */
package dev.sslform.plugin.provider.schema;
