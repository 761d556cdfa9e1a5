package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.value.GoDuration;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.Attribute;
import dev.sslform.plugin.config.schema.ConfigRule;
import dev.sslform.plugin.config.schema.Constraint;
import dev.sslform.plugin.config.schema.Nesting;
import dev.sslform.plugin.config.schema.ProviderSchema;
import dev.sslform.plugin.config.schema.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code tencentcloud} provider's schemas: the one place resource and data-source arguments
 * are declared. Type names and arguments match the real provider's
 * {@code tencentcloud_sqlserver_db_instance_ssl_config} so specs move between the two;
 * {@code wait_switch}, {@code renew_before_days}, {@code disable_on_destroy}, {@code timeouts} and
 * {@code pending} are sslform's additions.
 *
 * <p>The one place each argument's validation (types, {@link Constraint}s, {@link ConfigRule}s)
 * and default are written: the loader applies them at validate time, and each resource decodes
 * its typed model against the same schema ({@link SslConfigModel}, {@link MaintenanceWindowModel},
 * {@link InstancesFilter}), so no resource checks an argument or fills a default by hand.
 */
public final class TencentCloudSchemas {
    public static final String PROVIDER = "tencentcloud";
    public static final String SSL_CONFIG = "tencentcloud_sqlserver_db_instance_ssl_config";
    public static final String MAINTENANCE_WINDOW = "tencentcloud_sqlserver_maintenance_window";
    public static final String INSTANCES = "tencentcloud_sqlserver_instances";
    /** The registry address of the provider sslform stands in for. */
    public static final String SOURCE = "tencentcloudstack/tencentcloud";
    /**
     * The tencentcloud provider release whose resources sslform implements: 1.82.99 added
     * tencentcloud_sqlserver_db_instance_ssl_config (docs/sslform.md, "The terraform block").
     */
    public static final String VERSION = "1.82.99";

    /** The grammar {@link GoDuration#parse} reads, so what validates is what apply can wait for. */
    private static final Constraint DURATION = new Constraint.Matches(GoDuration.PATTERN, "a duration such as \"30m\" or \"1h30m\"");

    private TencentCloudSchemas() {
    }

    public static ProviderSchema schema() {
        return new ProviderSchema(PROVIDER, provider(),
                Map.of(SSL_CONFIG, sslConfig(), MAINTENANCE_WINDOW, maintenanceWindow()),
                Map.of(INSTANCES, instances()), SOURCE, VERSION);
    }

    static Schema provider() {
        return Schema.builder()
                .attribute(Attribute.optional("region", Type.STRING)
                        .describedAs("The Tencent Cloud region, e.g. ap-guangzhou. Falls back to TENCENTCLOUD_REGION."))
                .attribute(Attribute.optional("secret_id", Type.STRING).markedSensitive()
                        .describedAs("The API key's SecretId. Falls back to TENCENTCLOUD_SECRET_ID."))
                .attribute(Attribute.optional("secret_key", Type.STRING).markedSensitive()
                        .describedAs("The API key's SecretKey. Falls back to TENCENTCLOUD_SECRET_KEY."))
                .attribute(Attribute.optional("security_token", Type.STRING).markedSensitive()
                        .describedAs("A temporary credential's token. Falls back to TENCENTCLOUD_SECURITY_TOKEN."))
                .attribute(Attribute.optional("endpoint", Type.STRING)
                        .describedAs("The API endpoint (host or URL), e.g. a mockcloud; default sqlserver.tencentcloudapi.com."))
                .attribute(Attribute.optional("protocol", Type.STRING)
                        .describedAs("http or https, for an endpoint given without a scheme."))
                .attribute(Attribute.optional("rate_limit", Type.NUMBER).atLeast(1)
                        .describedAs("Calls per second allowed per API action (default 20)."))
                .build();
    }

    static Schema sslConfig() {
        Value zero = NumberValue.of(0);
        Schema timeouts = Schema.builder()
                .attribute(Attribute.optional("create", Type.STRING).withDefault(Value.of("30m")).constrainedBy(DURATION)
                        .describedAs("How long apply waits for the SSL flow of a create (default 30m)."))
                .attribute(Attribute.optional("update", Type.STRING).withDefault(Value.of("30m")).constrainedBy(DURATION)
                        .describedAs("How long apply waits for the SSL flow of an update (default 30m)."))
                .build();
        Type pending = Type.objectOf(Map.of("operation", Type.STRING, "flow_id", Type.NUMBER,
                "requested_at", Type.STRING, "next_window_start", Type.STRING));
        return Schema.builder()
                .attribute(Attribute.computed("id", Type.STRING).describedAs("The instance id."))
                .attribute(Attribute.required("instance_id", Type.STRING).forcesNew()
                        .describedAs("The SQL Server instance, e.g. mssql-j8kv137v."))
                .attribute(Attribute.required("encryption", Type.STRING).oneOf("enable", "disable")
                        .describedAs("enable or disable SSL encryption."))
                // No default: left out, is_kms is not managed (KMS turned on outside sslform plans no update).
                .attribute(Attribute.optional("is_kms", Type.NUMBER).oneOf(0, 1)
                        .describedAs("1 to protect the certificate with a KMS key; left out, whatever the instance has is kept."))
                .attribute(Attribute.optional("cmk_id", Type.STRING).describedAs("The KMS key id (with is_kms = 1)."))
                .attribute(Attribute.optional("cmk_region", Type.STRING).describedAs("The KMS key's region (with is_kms = 1)."))
                .attribute(Attribute.optional("wait_switch", Type.NUMBER).oneOf(0, 1).withDefault(zero)
                        .describedAs("0 = change now, 1 = in the next maintenance window."))
                .attribute(Attribute.optional("renew_before_days", Type.NUMBER).whole().atLeast(0).withDefault(zero)
                        .describedAs("Renew the certificate when it expires within this many days; 0 (default) never."))
                .attribute(Attribute.optional("disable_on_destroy", Type.BOOL).withDefault(BoolValue.FALSE)
                        .describedAs("true disables SSL when the resource is destroyed; false (default) leaves it as it is."))
                .attribute(Attribute.computed("ssl_validity_period", Type.STRING)
                        .describedAs("When the server certificate expires (yyyy-MM-dd HH:mm:ss, Beijing time)."))
                .attribute(Attribute.computed("ssl_validity", Type.NUMBER).describedAs("1 while the certificate is valid, 0 otherwise."))
                .attribute(Attribute.computed("pending", pending)
                        .describedAs("An SSL operation accepted but not finished: operation, flow_id, requested_at, next_window_start."))
                .block("timeouts", Nesting.SINGLE, timeouts)
                .rule(new ConfigRule.RequiredWhen("is_kms", NumberValue.of(1), List.of("cmk_id", "cmk_region"), "Missing KMS key"))
                .build();
    }

    static Schema maintenanceWindow() {
        return Schema.builder()
                .attribute(Attribute.computed("id", Type.STRING).describedAs("The instance id."))
                .attribute(Attribute.required("instance_id", Type.STRING).forcesNew().describedAs("The SQL Server instance."))
                .attribute(Attribute.required("weekly", Type.setOf(Type.NUMBER))
                        .constrainedBy(new Constraint.SizeAtLeast(1))
                        .constrainedBy(new Constraint.Each(new Constraint.Whole()))
                        .constrainedBy(new Constraint.Each(new Constraint.Range(BigDecimal.ONE, BigDecimal.valueOf(7))))
                        .describedAs("The days of the week the window opens on, 1 (Monday) to 7 (Sunday)."))
                .attribute(Attribute.required("start_time", Type.STRING)
                        .constrainedBy(new Constraint.Matches("([01]\\d|2[0-3]):[0-5]\\d", "a time of day as HH:mm"))
                        .describedAs("When the window opens, HH:mm (Beijing time)."))
                .attribute(Attribute.required("span", Type.NUMBER).whole().between(1, 24).describedAs("How many hours the window lasts, 1 to 24."))
                .build();
    }

    static Schema instances() {
        Type instance = Type.objectOf(Map.of("instance_id", Type.STRING, "name", Type.STRING, "status", Type.NUMBER,
                "zone", Type.STRING, "ro_flag", Type.STRING, "vip", Type.STRING, "vport", Type.NUMBER, "region", Type.STRING));
        return Schema.builder()
                .attribute(Attribute.optional("instance_ids", Type.listOf(Type.STRING)).describedAs("Only these instances."))
                .attribute(Attribute.optional("name", Type.STRING).describedAs("Only instances whose name matches (fuzzy)."))
                .attribute(Attribute.optional("search_key", Type.STRING).describedAs("Fuzzy match on id, name or private IP."))
                .attribute(Attribute.optional("zone", Type.STRING).describedAs("Only instances in this availability zone."))
                .attribute(Attribute.optional("instance_type", Type.STRING).describedAs("Only instances of this type (HA, RO, SI, …)."))
                .attribute(Attribute.computed("id", Type.STRING).describedAs("Always sqlserver-instances."))
                .attribute(Attribute.computed("instance_list", Type.listOf(instance)).describedAs("The matching instances."))
                .attribute(Attribute.computed("ids", Type.listOf(Type.STRING)).describedAs("The matching instances' ids."))
                .build();
    }
}
