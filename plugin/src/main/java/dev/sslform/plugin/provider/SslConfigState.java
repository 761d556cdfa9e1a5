package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.SslConfigModel.Kms;
import dev.sslform.plugin.provider.SslConfigModel.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code tencentcloud_sqlserver_db_instance_ssl_config} object as state records it, typed: the
 * arguments plus what the remote reports ({@code ssl_validity_period}, {@code ssl_validity}) and
 * the operation accepted but not finished ({@code pending}). {@link #toMap} is the only place the
 * resource's state (and planned) attribute maps are written, {@link #of} the only place one is read.
 *
 * <p>{@code encryption} is what the instance has, or will have once {@code pending} finishes; it
 * may be {@code "unknown"} (a {@code wait_doing} sslform did not start, which the API does not
 * describe) or null for an object not yet read.
 */
public record SslConfigState(String id, String instanceId, String encryption, Kms kms, Settings settings,
                             String sslValidityPeriod, Long sslValidity, Pending pending) {

    public SslConfigState {
        Objects.requireNonNull(kms, "kms");
        Objects.requireNonNull(settings, "settings");
    }

    /** The attribute names {@link #toMap(Set)} can mark as known only after apply. */
    static final String ID = "id", IS_KMS = "is_kms", CMK_ID = "cmk_id", CMK_REGION = "cmk_region",
            SSL_VALIDITY_PERIOD = "ssl_validity_period", SSL_VALIDITY = "ssl_validity", PENDING = "pending";

    /**
     * An SSL operation accepted but not finished: its name (enable, disable, renew, or "unknown"
     * for a {@code wait_doing} the API does not describe), the flow id once the API gave it, when
     * sslform asked for it (null for one sslform did not start), and the window it waits for
     * (null while it runs).
     */
    public record Pending(String operation, Long flowId, String requestedAt, String nextWindowStart) {

        static Pending of(Map<String, ?> m) {
            return m == null ? null : new Pending(Values.str(m, "operation"), Values.lng(m, "flow_id"),
                    Values.str(m, "requested_at"), Values.str(m, "next_window_start"));
        }

        Pending withFlowId(long flow) {
            return new Pending(operation, flow, requestedAt, nextWindowStart);
        }

        /**
         * True for an operation sslform did not start: neither a flow id nor the
         * {@code requested_at} sslform records before every call.
         */
        boolean foreign() {
            return flowId == null && requestedAt == null;
        }

        /** The operation's name; "SSL operation (the API does not say which)" for a wait_doing sslform did not start. */
        String name() {
            return "unknown".equals(operation) ? "SSL operation (the API does not say which)" : operation;
        }

        /** " (flow 7)", or nothing before the API gave a flow id. */
        String flowSuffix() {
            return flowId == null ? "" : " (flow " + flowId + ")";
        }

        /** "enable (flow 7, requested …) waits for the maintenance window opening …", or "… is running now". */
        String note() {
            List<String> facts = new ArrayList<>();
            if (flowId != null) {
                facts.add("flow " + flowId);
            }
            if (requestedAt != null) {
                facts.add("requested " + requestedAt);
            }
            String head = name() + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
            if (nextWindowStart == null) {
                return head + " is running now";
            }
            return head + " waits for the maintenance window opening "
                    + MaintenanceSchedule.describe(Instant.parse(nextWindowStart), MaintenanceSchedule.REGION_ZONE);
        }

        Map<String, Object> toMap() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("operation", operation);
            p.put("flow_id", flowId);
            p.put("requested_at", requestedAt);
            p.put("next_window_start", nextWindowStart);
            return p;
        }
    }

    /** The state attribute map, typed with the schema's defaults for what it leaves out. */
    public static SslConfigState of(Map<String, ?> attributes) {
        AttributeReader r = AttributeReader.state(SslConfigResource.TYPE, SslConfigModel.SCHEMA, attributes);
        return new SslConfigState(r.string("id"), r.string("instance_id"), r.string("encryption"),
                new Kms(r.number("is_kms"), r.string("cmk_id"), r.string("cmk_region")), Settings.of(r),
                r.string("ssl_validity_period"), r.number("ssl_validity"), Pending.of(r.object("pending")));
    }

    /**
     * What is known of an instance not yet under management: the configuration's settings, but
     * no encryption or pending operation, which come from the API alone (so an operation someone
     * else queued for the window reads as "unknown" rather than as what the configuration wants).
     */
    static SslConfigState unmanaged(SslConfigModel config) {
        return new SslConfigState(config.instanceId(), config.instanceId(), null, config.kms(), config.settings(), null, null, null);
    }

    /** Nothing known but the id: settings at their defaults. */
    static SslConfigState blank(String id) {
        return new SslConfigState(id, id, null, Kms.UNMANAGED, Settings.defaults(), null, null, null);
    }

    /** This object with {@code config}'s arguments laid over it; KMS fields the configuration leaves out keep their value. */
    SslConfigState with(SslConfigModel config) {
        return new SslConfigState(config.instanceId(), config.instanceId(), config.encryption(), config.kms().over(kms),
                config.settings(), sslValidityPeriod, sslValidity, pending);
    }

    /** This object with the configuration-only settings of {@code config} (which no read reports). */
    SslConfigState withSettings(Settings s) {
        return new SslConfigState(id, instanceId, encryption, kms, s, sslValidityPeriod, sslValidity, pending);
    }

    SslConfigState withOperation(String encryptionAfter, Pending p) {
        return new SslConfigState(id, instanceId, encryptionAfter, kms, settings, sslValidityPeriod, sslValidity, p);
    }

    boolean encryptionDiffers(SslConfigState other) {
        return !Objects.equals(encryption, other.encryption);
    }

    public Map<String, Object> toMap() {
        return toMap(Set.of());
    }

    /** The attribute map, with {@link Values#UNKNOWN} for each attribute named in {@code unknown}. */
    public Map<String, Object> toMap(Set<String> unknown) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(ID, id);
        s.put("instance_id", instanceId);
        s.put("encryption", encryption);
        s.put(IS_KMS, kms.isKms());
        s.put(CMK_ID, kms.cmkId());
        s.put(CMK_REGION, kms.cmkRegion());
        settings.into(s);
        s.put(SSL_VALIDITY_PERIOD, sslValidityPeriod);
        s.put(SSL_VALIDITY, sslValidity);
        s.put(PENDING, pending == null ? null : pending.toMap());
        for (String k : unknown) {
            if (!s.containsKey(k)) {
                throw new IllegalArgumentException("no attribute " + k);
            }
            s.put(k, Values.UNKNOWN);
        }
        return s;
    }
}
