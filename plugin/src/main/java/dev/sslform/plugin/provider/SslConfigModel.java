package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.value.GoDuration;
import dev.sslform.plugin.config.schema.Schema;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of a {@code tencentcloud_sqlserver_db_instance_ssl_config}, typed: what the
 * configuration (or a plan) asks for. Decoded once, by {@link #decode}, against the schema in
 * {@link TencentCloudSchemas#sslConfig()}, whose defaults it takes and whose constraints it
 * enforces, so every instance holds a valid {@code encryption}, a {@code wait_switch} of 0 or 1,
 * a {@code renew_before_days} of 0 or more and timeouts {@link GoDuration} reads.
 *
 * @param kms the KMS fields as configured; a null field is not managed (the instance's value is kept)
 */
public record SslConfigModel(String instanceId, String encryption, Kms kms, Settings settings) {

    static final Schema SCHEMA = TencentCloudSchemas.sslConfig();

    /**
     * {@code is_kms}, {@code cmk_id} and {@code cmk_region}: Optional+Computed, so a field left
     * out of the configuration keeps what the instance has.
     */
    public record Kms(Long isKms, String cmkId, String cmkRegion) {
        static final Kms UNMANAGED = new Kms(null, null, null);

        /** These fields, each one left out taken from {@code base}. */
        Kms over(Kms base) {
            return new Kms(isKms != null ? isKms : base.isKms, cmkId != null ? cmkId : base.cmkId,
                    cmkRegion != null ? cmkRegion : base.cmkRegion);
        }

        boolean enabled() {
            return Long.valueOf(1).equals(isKms);
        }
    }

    /**
     * The arguments that change only how sslform acts, never the remote object: carried from the
     * configuration into state, since no API call reports them.
     */
    public record Settings(long waitSwitch, long renewBeforeDays, boolean disableOnDestroy, Timeouts timeouts) {

        /** Every setting at its schema default (an object imported, or created before the setting existed). */
        static Settings defaults() {
            return of(AttributeReader.state(SslConfigResource.TYPE, SCHEMA, Map.of()));
        }

        static Settings of(AttributeReader r) {
            AttributeReader t = r.block("timeouts");
            return new Settings(r.defaultedNumber("wait_switch"), r.defaultedNumber("renew_before_days"), r.bool("disable_on_destroy"),
                    new Timeouts(t.string("create"), t.string("update")));
        }

        /** True when changes wait for the maintenance window ({@code wait_switch = 1}). */
        boolean inWindow() {
            return waitSwitch == 1;
        }

        void into(Map<String, Object> m) {
            m.put("wait_switch", waitSwitch);
            m.put("renew_before_days", renewBeforeDays);
            m.put("disable_on_destroy", disableOnDestroy);
            m.put("timeouts", timeouts.toMap());
        }
    }

    /** {@code timeouts { create, update }} as written (Go durations). */
    public record Timeouts(String create, String update) {
        Duration forKey(String key) {
            return GoDuration.parse("create".equals(key) ? create : update);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("create", create);
            m.put("update", update);
            return m;
        }
    }

    /**
     * The model of a configuration or planned attribute map, with the schema's defaults.
     *
     * @throws InvalidModelException when the map breaks the schema (validation should have refused it)
     */
    public static SslConfigModel decode(Map<String, ?> attributes) {
        AttributeReader r = AttributeReader.checked(SslConfigResource.TYPE, SCHEMA, attributes);
        return new SslConfigModel(r.string("instance_id"), r.string("encryption"),
                new Kms(r.number("is_kms"), r.string("cmk_id"), r.string("cmk_region")), Settings.of(r));
    }

    /** The configuration map: the arguments in schema order, the KMS fields only when set. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance_id", instanceId);
        m.put("encryption", encryption);
        if (kms.isKms() != null) {
            m.put("is_kms", kms.isKms());
        }
        if (kms.cmkId() != null) {
            m.put("cmk_id", kms.cmkId());
        }
        if (kms.cmkRegion() != null) {
            m.put("cmk_region", kms.cmkRegion());
        }
        settings.into(m);
        return m;
    }
}
