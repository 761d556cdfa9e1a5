package dev.sslform.plugin.plan;

import java.util.List;

/**
 * What a resource block's {@code lifecycle} asks of the planner: {@code preventDestroy} (a plan
 * that would destroy an instance of it is an error), and {@code ignoreChanges}, argument names
 * whose configured value is replaced by the current one before diffing, or {@code all}.
 * {@code declaredAt} ("main.tf:7,1") is where the resource block is, for the error.
 */
public record LifecycleRules(boolean preventDestroy, List<String> ignoreChanges, String declaredAt) {
    public static final LifecycleRules NONE = new LifecycleRules(false, List.of(), null);

    public LifecycleRules {
        ignoreChanges = List.copyOf(ignoreChanges);
    }

    /**
     * The configuration an update is planned from: each ignored argument takes its current value
     * (as Terraform does, so neither a configuration change nor drift of it is planned).
     */
    public java.util.Map<String, Object> applyIgnoreChanges(java.util.Map<String, Object> configured, java.util.Map<String, Object> current) {
        if (ignoreChanges.isEmpty() || current == null) {
            return configured;
        }
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>(configured);
        java.util.Collection<String> names = ignoreChanges.contains("all") ? configured.keySet() : ignoreChanges;
        for (String name : List.copyOf(names)) {
            if (current.containsKey(name)) {
                out.put(name, current.get(name));
            } else {
                out.remove(name);
            }
        }
        return out;
    }

    /** Terraform's error for a plan that would destroy a protected instance. */
    public static dev.sslform.plugin.provider.Diagnostic cannotDestroy(String address, String declaredAt) {
        return dev.sslform.plugin.provider.Diagnostic.error(address, "Instance cannot be destroyed", "Resource " + address
                + (declaredAt == null ? "" : " (declared at " + declaredAt + ")")
                + " has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed. To avoid this error and"
                + " continue with the plan, either disable lifecycle.prevent_destroy or reduce the scope of the plan using the -target option.");
    }
}
