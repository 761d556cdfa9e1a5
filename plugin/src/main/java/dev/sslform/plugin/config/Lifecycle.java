package dev.sslform.plugin.config;

import java.util.List;

/**
 * A resource's {@code lifecycle} block. {@code ignoreChanges} holds attribute names, or the single
 * name {@code all}. Data sources use only the conditions. {@code create_before_destroy} and
 * {@code replace_triggered_by} are refused while loading ({@link Language}), so they have no field.
 */
public record Lifecycle(boolean preventDestroy, List<String> ignoreChanges, List<Condition> preconditions, List<Condition> postconditions) {
    public static final Lifecycle DEFAULT = new Lifecycle(false, List.of(), List.of(), List.of());

    public Lifecycle {
        ignoreChanges = List.copyOf(ignoreChanges);
        preconditions = List.copyOf(preconditions);
        postconditions = List.copyOf(postconditions);
    }

    public boolean ignoresAll() {
        return ignoreChanges.contains("all");
    }
}
