package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.provider.schema.Attribute;
import dev.sslform.plugin.provider.schema.Constraint;
import dev.sslform.plugin.provider.schema.Nesting;
import dev.sslform.plugin.provider.schema.ProviderSchema;
import dev.sslform.plugin.provider.schema.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code tencentcloud} provider's schemas: the one place resource and data-source arguments
 * are declared. Type names and arguments match the real provider's
 * {@code tencentcloud_sqlserver_db_instance_ssl_config} so specs move between the two;
 * {@code wait_switch}, {@code renew_before_days}, {@code disable_on_destroy}, {@code timeouts} and
 * {@code pending} are sslform's additions.
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

    private static final Constraint DURATION = new Constraint.Matches("(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+",
            "a duration such as \"30m\" or \"1h30m\"");

    private TencentCloudSchemas() {
    }

    public static ProviderSchema schema() {
        return new ProviderSchema(PROVIDER, provider(),
                Map.of(SSL_CONFIG, sslConfig(), MAINTENANCE_WINDOW, maintenanceWindow()),
                Map.of(INSTANCES, instances()), SOURCE, VERSION);
    }

    static Schema provider() {
        return Schema.builder()
                .attribute(Attribute.optional("region", Type.STRING))
                .attribute(Attribute.optional("secret_id", Type.STRING).markedSensitive())
                .attribute(Attribute.optional("secret_key", Type.STRING).markedSensitive())
                .attribute(Attribute.optional("security_token", Type.STRING).markedSensitive())
                .attribute(Attribute.optional("endpoint", Type.STRING))
                .attribute(Attribute.optional("protocol", Type.STRING))
                .attribute(Attribute.optional("rate_limit", Type.NUMBER).atLeast(1))
                .build();
    }

    static Schema sslConfig() {
        Value zero = NumberValue.of(0);
        Schema timeouts = Schema.builder()
                .attribute(Attribute.optional("create", Type.STRING).withDefault(Value.of("30m")).constrainedBy(DURATION))
                .attribute(Attribute.optional("update", Type.STRING).withDefault(Value.of("30m")).constrainedBy(DURATION))
                .build();
        Type pending = Type.objectOf(Map.of("operation", Type.STRING, "flow_id", Type.NUMBER,
                "requested_at", Type.STRING, "next_window_start", Type.STRING));
        return Schema.builder()
                .attribute(Attribute.computed("id", Type.STRING))
                .attribute(Attribute.required("instance_id", Type.STRING).forcesNew()
                        .describedAs("The SQL Server instance, e.g. mssql-j8kv137v."))
                .attribute(Attribute.required("encryption", Type.STRING).oneOf("enable", "disable"))
                // No default: left out, is_kms is not managed (KMS turned on outside sslform plans no update).
                .attribute(Attribute.optional("is_kms", Type.NUMBER).oneOf(0, 1))
                .attribute(Attribute.optional("cmk_id", Type.STRING))
                .attribute(Attribute.optional("cmk_region", Type.STRING))
                .attribute(Attribute.optional("wait_switch", Type.NUMBER).oneOf(0, 1).withDefault(zero)
                        .describedAs("0 = change now, 1 = in the next maintenance window."))
                .attribute(Attribute.optional("renew_before_days", Type.NUMBER)
                        .constrainedBy(new Constraint.Range(BigDecimal.ZERO, null)).withDefault(zero))
                .attribute(Attribute.optional("disable_on_destroy", Type.BOOL).withDefault(BoolValue.FALSE))
                .attribute(Attribute.computed("ssl_validity_period", Type.STRING))
                .attribute(Attribute.computed("ssl_validity", Type.NUMBER))
                .attribute(Attribute.computed("pending", pending))
                .block("timeouts", Nesting.SINGLE, timeouts)
                .build();
    }

    static Schema maintenanceWindow() {
        return Schema.builder()
                .attribute(Attribute.computed("id", Type.STRING))
                .attribute(Attribute.required("instance_id", Type.STRING).forcesNew())
                .attribute(Attribute.required("weekly", Type.setOf(Type.NUMBER))
                        .constrainedBy(new Constraint.Each(new Constraint.Range(BigDecimal.ONE, BigDecimal.valueOf(7)))))
                .attribute(Attribute.required("start_time", Type.STRING)
                        .constrainedBy(new Constraint.Matches("([01]\\d|2[0-3]):[0-5]\\d", "a time of day as HH:mm")))
                .attribute(Attribute.required("span", Type.NUMBER).between(1, 24))
                .build();
    }

    static Schema instances() {
        Type instance = Type.objectOf(Map.of("instance_id", Type.STRING, "name", Type.STRING, "status", Type.NUMBER,
                "zone", Type.STRING, "ro_flag", Type.STRING, "vip", Type.STRING, "vport", Type.NUMBER, "region", Type.STRING));
        return Schema.builder()
                .attribute(Attribute.optional("instance_ids", Type.listOf(Type.STRING)))
                .attribute(Attribute.optional("name", Type.STRING))
                .attribute(Attribute.optional("search_key", Type.STRING))
                .attribute(Attribute.optional("zone", Type.STRING))
                .attribute(Attribute.optional("instance_type", Type.STRING))
                .attribute(Attribute.computed("id", Type.STRING))
                .attribute(Attribute.computed("instance_list", Type.listOf(instance)))
                .attribute(Attribute.computed("ids", Type.listOf(Type.STRING)))
                .build();
    }
}
