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
        };
    }
}
