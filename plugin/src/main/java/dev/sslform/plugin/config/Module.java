package dev.sslform.plugin.config;

import java.util.List;
import java.util.Map;

/**
 * Everything declared in a configuration directory, merged from all its files and not yet
 * evaluated. Maps keep declaration order. {@code backend} is the {@code terraform { backend … }}
 * block, null when there is none (local state). {@code checks} are the {@code check} blocks,
 * {@code moved}, {@code removed} and {@code imports} the refactoring blocks in declaration order;
 * {@code calls} the {@code module} blocks by name.
 */
public record Module(List<ProviderConfig> providers, Map<String, VariableConfig> variables, Map<String, LocalConfig> locals,
                     Map<String, OutputConfig> outputs, Map<Address, ResourceConfig> resources, BackendConfig backend,
                     boolean backendInvalid, List<CheckConfig> checks, List<MovedBlock> moved,
                     List<RemovedBlock> removed, List<ImportBlock> imports, Map<String, ModuleCall> calls) {
    public Module {
        calls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(calls));
        imports = List.copyOf(imports);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
        checks = List.copyOf(checks);
        providers = List.copyOf(providers);
        variables = java.util.Collections.unmodifiableMap(variables);
        locals = java.util.Collections.unmodifiableMap(locals);
        outputs = java.util.Collections.unmodifiableMap(outputs);
        resources = java.util.Collections.unmodifiableMap(resources);
    }

    /** Without moved blocks. */
    public Module(List<ProviderConfig> providers, Map<String, VariableConfig> variables, Map<String, LocalConfig> locals,
                  Map<String, OutputConfig> outputs, Map<Address, ResourceConfig> resources, BackendConfig backend,
                  boolean backendInvalid, List<CheckConfig> checks) {
        this(providers, variables, locals, outputs, resources, backend, backendInvalid, checks, List.of(), List.of(), List.of(), Map.of());
    }
}
