/**
 * The schema vocabulary, as Terraform's {@code configschema}: a neutral package that both the
 * loader ({@code config}) and the provider use, so the dependency points one way (the provider
 * imports the language, never the reverse). Schemas are declared once in provider code: {@link dev.sslform.plugin.config.schema.Schema},
 * {@link dev.sslform.plugin.config.schema.Attribute} (type, required/optional/computed,
 * sensitive, forces-new, default, {@link dev.sslform.plugin.config.schema.Constraint}s) and
 * nested {@link dev.sslform.plugin.config.schema.BlockType}s, and the
 * {@link dev.sslform.plugin.config.schema.ConfigRule}s that span several attributes (the
 * plugin framework's config validators). Validators and defaults live here and nowhere else: the
 * loader ({@code BodyEvaluator}) applies them at validate time, with the argument's position, and
 * the provider's typed models are decoded against the same schema, so a resource never re-checks
 * an argument by hand. Attribute types are
 * {@link dev.sslform.plugin.config.value.Type}s, so a schema is checked with the same conversion
 * rules as the rest of the language.
 *
 * <p>Pure data: imports only {@code config.value}; no HTTP, no CLI, no config loading.
 */
package dev.sslform.plugin.config.schema;
