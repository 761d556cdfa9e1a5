package dev.sslform.plugin.config;

import java.util.List;

/** A resource's {@code lifecycle} block. {@code ignoreChanges} holds attribute names. */
public record Lifecycle(boolean createBeforeDestroy, boolean preventDestroy, List<String> ignoreChanges) {
    public static final Lifecycle DEFAULT = new Lifecycle(false, false, List.of());

    public Lifecycle {
        ignoreChanges = List.copyOf(ignoreChanges);
    }
}
