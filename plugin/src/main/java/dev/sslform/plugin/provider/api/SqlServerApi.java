package dev.sslform.plugin.provider.api;

/**
 * The six TencentDB for SQL Server actions sslform uses, one method each, named after the action.
 * Every method throws {@link ApiError} on failure. Implementations: {@link TencentSqlServerApi}
 * (the wire) and {@link ResilientSqlServerApi} (rate limit and retries around another one).
 */
public interface SqlServerApi {

    DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request);

    DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request);

    ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request);

    DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request);

    DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request);

    ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request);
}
