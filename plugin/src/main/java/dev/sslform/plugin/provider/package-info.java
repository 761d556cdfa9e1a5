/**
 * The tencentcloud provider: its {@link dev.sslform.plugin.provider.Resource}s
 * ({@code tencentcloud_sqlserver_db_instance_ssl_config}, {@code tencentcloud_sqlserver_maintenance_window}),
 * its data source ({@code tencentcloud_sqlserver_instances}), the batched remote reads they share, and
 * the maintenance-window arithmetic. Resources speak Terraform's vocabulary (read, plan, create,
 * update, delete, importState) over plain attribute maps (JSON values, plus {@link
 * dev.sslform.plugin.provider.Values#UNKNOWN} in planned values).
 *
 * <p>The only package besides {@code provider.api} that causes network calls, always through
 * {@link dev.sslform.plugin.provider.api.SqlServerApi}. May not import picocli, {@code cli},
 * {@code plan} or {@code state} ({@code TencentCloudSchemas}, from the configuration language, uses
 * {@code config.value} for its defaults): it knows one object at a time, not the plan.
 */
package dev.sslform.plugin.provider;
