package dev.sslform.plugin.config;

import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a {@link Configuration} against what is known so far: provider
 * configurations (by "name" or "name.alias"), every resource and data block expanded into
 * instances, and the values of locals and outputs. Anything not yet known is an
 * {@link dev.sslform.plugin.config.value.UnknownValue}.
 */
public record Evaluation(Map<String, ObjectValue> providers, Map<Address, Expansion> expansions,
                         Map<String, Value> locals, Map<String, Value> outputs) {

    public List<ResourceInstance> instances(ResourceMode mode) {
        return expansions.values().stream().filter(e -> e.config().mode() == mode)
                .flatMap(e -> e.instances().stream()).toList();
    }

    /** True when every count and for_each could be expanded. */
    public boolean fullyExpanded() {
        return expansions.values().stream().allMatch(Expansion::known);
    }
}
