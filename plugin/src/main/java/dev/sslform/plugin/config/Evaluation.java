package dev.sslform.plugin.config;

import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a {@link Configuration} against what is known so far: provider
 * configurations (by "name" or "name.alias"), every resource and data block expanded into
 * instances, the values of locals and outputs, and the outcome of every custom condition
 * (preconditions, postconditions, output preconditions, check assertions) that could be
 * evaluated with what was known. Anything not yet known is an
 * {@link dev.sslform.plugin.config.value.UnknownValue}. {@code sensitive} says which parts of the
 * instances and outputs derive from sensitive values. {@code moduleOutputs} holds every child
 * module instance's outputs by address ({@code module.x["k"].output.name}).
 */
public record Evaluation(Map<String, ObjectValue> providers, Map<Address, Expansion> expansions,
                         Map<String, Value> locals, Map<String, Value> outputs, List<ConditionOutcome> conditions,
                         SensitiveParts sensitive, Map<String, Value> moduleOutputs) {

    public Evaluation {
        conditions = List.copyOf(conditions);
        sensitive = sensitive == null ? SensitiveParts.NONE : sensitive;
        moduleOutputs = moduleOutputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moduleOutputs));
    }

    public Evaluation(Map<String, ObjectValue> providers, Map<Address, Expansion> expansions,
                      Map<String, Value> locals, Map<String, Value> outputs, List<ConditionOutcome> conditions, SensitiveParts sensitive) {
        this(providers, expansions, locals, outputs, conditions, sensitive, Map.of());
    }

    public Evaluation(Map<String, ObjectValue> providers, Map<Address, Expansion> expansions,
                      Map<String, Value> locals, Map<String, Value> outputs, List<ConditionOutcome> conditions) {
        this(providers, expansions, locals, outputs, conditions, SensitiveParts.NONE);
    }

    public List<ResourceInstance> instances(ResourceMode mode) {
        return expansions.values().stream().filter(e -> e.config().mode() == mode)
                .flatMap(e -> e.instances().stream()).toList();
    }

    /** The instance at an address such as {@code tencentcloud_x.y["k"]}, if this evaluation produced it. */
    public java.util.Optional<ResourceInstance> instance(String address) {
        return expansions.values().stream().flatMap(e -> e.instances().stream())
                .filter(i -> i.address().toString().equals(address)).findFirst();
    }

    /** True when every count and for_each could be expanded. */
    public boolean fullyExpanded() {
        return expansions.values().stream().allMatch(Expansion::known);
    }
}
