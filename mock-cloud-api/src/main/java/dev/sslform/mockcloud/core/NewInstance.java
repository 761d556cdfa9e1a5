package dev.sslform.mockcloud.core;

/**
 * What the admin surface or a seed file asks for when creating an instance; null = default.
 *
 * @param instanceId       the id, or null to generate {@code mssql-} plus 8 letters and digits
 * @param name             the display name
 * @param region           required
 * @param zone             default {@code <region>-1}
 * @param version          default {@code 2019}
 * @param vip              default a private address derived from the id
 * @param vport            default 1433
 * @param readOnlyReplicas how many replicas to create beside it
 * @param window           the maintenance window, default the configured one
 * @param appId            the owning account
 * @param origin           {@code seed} or {@code api}
 */
public record NewInstance(String instanceId, String name, String region, String zone, String version, String vip,
                          Integer vport, int readOnlyReplicas, MaintenanceWindow window, long appId, String origin) {
}
