package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.FlowWaiter;
import dev.sslform.plugin.provider.api.ResilientSqlServerApi;
import dev.sslform.plugin.provider.api.SqlServerApi;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tencentcloud} provider: its resource types and data sources over one {@link
 * SqlServerApi}, with the clock and sleeper every wait uses, and how often a run's flow watch
 * looks at the instances in flight ({@link FlowWaiter#watchInterval(double)}). One per run.
 */
public final class TencentCloudProvider {

    public static final String NAME = "tencentcloud";

    private final SqlServerApi api;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration watchInterval;
    private final Map<String, Resource> resources;
    private final Map<String, DataSource> dataSources;

    /** A provider whose flow watch suits the default rate limit (20 calls/s per action). */
    public TencentCloudProvider(SqlServerApi api, Clock clock, Sleeper sleeper) {
        this(api, clock, sleeper, FlowWaiter.watchInterval(ResilientSqlServerApi.DEFAULT_RATE_LIMIT));
    }

    public TencentCloudProvider(SqlServerApi api, Clock clock, Sleeper sleeper, Duration watchInterval) {
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
        this.watchInterval = watchInterval;
        this.resources = Map.of(
                SslConfigResource.TYPE, new SslConfigResource(clock),
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
        return new RemoteInstances(api, new FlowWaiter(api, clock, sleeper, watchInterval));
    }

    public Clock clock() {
        return clock;
    }
}
