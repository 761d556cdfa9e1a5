package dev.sslform.plugin.config.schema;

/** How many times a nested block may appear: at most once, or as a list. */
public enum Nesting {
    SINGLE, LIST
}
