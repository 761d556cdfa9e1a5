package dev.sslform.plugin.provider.api;

import java.util.function.Supplier;

/**
 * A {@link SqlServerApi} made on first use, so a configuration without resources (only variables,
 * locals and outputs) plans and applies without a region or credentials, as in Terraform; a
 * configuration error in the provider surfaces on the first call instead.
 */
public final class LazySqlServerApi implements SqlServerApi {

    private final Supplier<SqlServerApi> factory;
    private volatile SqlServerApi api;

    public LazySqlServerApi(Supplier<SqlServerApi> factory) {
        this.factory = factory;
    }

    private SqlServerApi api() {
        SqlServerApi a = api;
        if (a == null) {
            synchronized (this) {
                if (api == null) {
                    api = factory.get();
                }
                a = api;
            }
        }
        return a;
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request) {
        return api().describeDBInstances(request);
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request) {
        return api().describeDBInstancesAttribute(request);
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request) {
        return api().modifyDBInstanceSSL(request);
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request) {
        return api().describeFlowStatus(request);
    }

    @Override
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request) {
        return api().describeMaintenanceSpan(request);
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request) {
        return api().modifyMaintenanceSpan(request);
    }
}
