/**
 * The tencentcloud provider: its {@link dev.sslform.plugin.provider.Resource}s
 * ({@code tencentcloud_sqlserver_db_instance_ssl_config}, {@code tencentcloud_sqlserver_maintenance_window}),
 * its data source ({@code tencentcloud_sqlserver_instances}), the batched remote reads they share, and
 * the maintenance-window arithmetic. Resources speak Terraform's vocabulary (read, plan, create,
 * update, delete, importState) over plain attribute maps (JSON values, plus {@link
 * dev.sslform.plugin.provider.Values#UNKNOWN} in planned values) at the interface, and over typed
 * models inside: as in HashiCorp's plugin framework, each resource and the data source decode a map
 * once, at the top of each method, into a record ({@link dev.sslform.plugin.provider.SslConfigModel}
 * for the configuration or plan and {@link dev.sslform.plugin.provider.SslConfigState} for state,
 * {@link dev.sslform.plugin.provider.MaintenanceWindowModel},
 * {@link dev.sslform.plugin.provider.InstancesFilter}) through
 * {@link dev.sslform.plugin.provider.AttributeReader}, which takes the schema's defaults from
 * {@link dev.sslform.plugin.provider.TencentCloudSchemas} and enforces its validators, and write
 * state and planned values only from such a record. Validation is the schema's: a map that breaks
 * it is an {@link dev.sslform.plugin.provider.InvalidModelException} (a bug), and no resource
 * checks an argument or fills a default by hand.
 *
 * <p>The only package besides {@code provider.api} that causes network calls, always through
 * {@link dev.sslform.plugin.provider.api.SqlServerApi}. May not import picocli, {@code cli},
 * {@code plan} or {@code state} ({@code TencentCloudSchemas}, from the configuration language, uses
 * {@code config.value} for its defaults): it knows one object at a time, not the plan.
 */
package dev.sslform.plugin.provider;
