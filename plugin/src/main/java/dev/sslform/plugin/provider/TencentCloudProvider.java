package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.SqlServerApi;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tencentcloud} provider: its resource types and data sources over one {@link
 * SqlServerApi}, with the clock and sleeper every wait uses. One per run.
 */
public final class TencentCloudProvider {

    public static final String NAME = "tencentcloud";

    private final SqlServerApi api;
    private final Clock clock;
    private final Map<String, Resource> resources;
    private final Map<String, DataSource> dataSources;

    public TencentCloudProvider(SqlServerApi api, Clock clock, Sleeper sleeper) {
        this.api = api;
        this.clock = clock;
        this.resources = Map.of(
                SslConfigResource.TYPE, new SslConfigResource(clock, sleeper),
                MaintenanceWindowResource.TYPE, new MaintenanceWindowResource());
        this.dataSources = Map.of(InstancesDataSource.TYPE, new InstancesDataSource());
    }

    public Optional<Resource> resource(String type) {
        return Optional.ofNullable(resources.get(type));
    }

    public Optional<DataSource> dataSource(String type) {
        return Optional.ofNullable(dataSources.get(type));
    }

    /** A fresh read cache for one run. */
    public RemoteInstances remote() {
        return new RemoteInstances(api);
    }

    public Clock clock() {
        return clock;
    }
}
