package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.List;
import java.util.Map;

/**
 * The configuration as the planner consumes it: the data sources to read first, then the resource
 * instances, evaluated with the data read (so {@code for_each} over a data source can expand).
 * {@code cli.ConfigSource} implements it over the configuration language; {@link #of} serves tests
 * and destroy.
 */
public interface DesiredConfig {

    List<DataRequest> dataSources();

    /** The resource instances, given every data source's result by its address. */
    List<DesiredInstance> resources(Map<ResourceAddress, Map<String, Object>> data);

    /**
     * The lifecycle rules of the resource block at {@code resource} (an address without instance
     * key); {@link LifecycleRules#NONE} when the block has none or is not in the configuration.
     */
    default LifecycleRules lifecycle(ResourceAddress resource) {
        return LifecycleRules.NONE;
    }

    /**
     * The address of the provider configuration ({@link Providers}) the resource block at
     * {@code resource} (no instance key) names, or null when the block is not in the
     * configuration: then the provider recorded in state is used, as Terraform uses it for orphans.
     */
    default String provider(ResourceAddress resource) {
        return null;
    }

    /**
     * Where the module call a module path is an instance of is declared ("file:line,column"), or
     * null when the configuration does not declare it (keys are ignored: a call, not an instance).
     */
    default String moduleDeclaredAt(dev.sslform.plugin.state.ModulePath module) {
        return null;
    }

    /**
     * Problems found while evaluating the configuration for the planner (a failed precondition or
     * a data source's postcondition): errors stop the plan. Read after {@link #resources}.
     */
    default List<dev.sslform.plugin.provider.Diagnostic> problems() {
        return List.of();
    }

    /** The {@code moved} blocks, applied to the prior state before planning ({@link Moves}). */
    default List<MoveStatement> moves() {
        return List.of();
    }

    /** The {@code removed} blocks, applied after the moves ({@link Removals}). */
    default List<RemovedStatement> removed() {
        return List.of();
    }

    /**
     * The objects the {@code import} blocks import, evaluated with every data source's result by
     * its address (an id or for_each may refer to a data source), and what went wrong evaluating
     * them; planned as imports in a normal plan ({@link Imports}).
     */
    default Imports.Declared imports(Map<ResourceAddress, Map<String, Object>> data) {
        return Imports.Declared.NONE;
    }

    /**
     * The managed resources each resource block depends on (addresses without instance keys):
     * {@code depends_on} and references, transitively. Apply orders changes by them.
     */
    default Map<ResourceAddress, List<ResourceAddress>> dependencies() {
        return Map.of();
    }

    /** What {@code destroy} plans from: no instances, but {@code config}'s lifecycle rules (prevent_destroy). */
    static DesiredConfig destroying(DesiredConfig config) {
        return new DesiredConfig() {
            @Override
            public List<DataRequest> dataSources() {
                return List.of();
            }

            @Override
            public List<DesiredInstance> resources(Map<ResourceAddress, Map<String, Object>> data) {
                return List.of();
            }

            @Override
            public LifecycleRules lifecycle(ResourceAddress resource) {
                return config.lifecycle(resource);
            }

            @Override
            public String provider(ResourceAddress resource) {
                return config.provider(resource);
            }

            @Override
            public String moduleDeclaredAt(dev.sslform.plugin.state.ModulePath module) {
                return config.moduleDeclaredAt(module);
            }

            @Override
            public List<MoveStatement> moves() {
                return config.moves();
            }

            @Override
            public List<RemovedStatement> removed() {
                return config.removed();
            }

            @Override
            public Map<ResourceAddress, List<ResourceAddress>> dependencies() {
                return config.dependencies();
            }
        };
    }

    /** A configuration of fixed instances and no data sources. */
    static DesiredConfig of(List<DesiredInstance> instances) {
        return new DesiredConfig() {
            @Override
            public List<DataRequest> dataSources() {
                return List.of();
            }

            @Override
            public List<DesiredInstance> resources(Map<ResourceAddress, Map<String, Object>> data) {
                return instances;
            }

            @Override
            public String provider(ResourceAddress resource) {
                return instances.stream().filter(i -> i.address().resource().equals(resource)).map(DesiredInstance::provider)
                        .findFirst().orElse(null);
            }
        };
    }
}
