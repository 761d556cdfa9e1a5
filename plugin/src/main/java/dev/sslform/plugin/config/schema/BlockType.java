package dev.sslform.plugin.config.schema;

/** A nested block a schema accepts ({@code timeouts { … }}), with its own schema. */
public record BlockType(String name, Nesting nesting, Schema schema) {
}
