package dev.sslform.plugin.config;

import java.util.List;

/**
 * A block expanded by its {@code count} or {@code for_each}. When the count or for_each value is
 * not yet known ({@code known == false}), {@code instances} holds one placeholder with key
 * {@link InstanceKey#UNKNOWN}, evaluated with {@code each}/{@code count} unknown, so its
 * arguments are still checked; the engine re-evaluates once the value is known.
 */
public record Expansion(ResourceConfig config, boolean known, List<ResourceInstance> instances) {
    public Expansion {
        instances = List.copyOf(instances);
    }
}
