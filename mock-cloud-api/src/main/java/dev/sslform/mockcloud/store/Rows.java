package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslOperation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The mapping between the core records and table rows, both ways: row mappers for reads and
 * binders for writes, so that each column is named next to the field it holds.
 *
 * <p>Instants are stored as BIGINT microseconds since the epoch: exact for the system clock on
 * Linux (microsecond ticks) and for any millisecond virtual clock; nanoseconds below the
 * microsecond are dropped.
 */
final class Rows {
    private Rows() {
    }

    // --- time ---------------------------------------------------------------------------------

    static Long micros(Instant t) {
        if (t == null) {
            return null;
        }
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : fromMicros(v);
    }

    static Instant fromMicros(long v) {
        return Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
    }

    // --- accounts -----------------------------------------------------------------------------

    static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(
            rs.getString("secret_id"), rs.getString("secret_key"), rs.getLong("app_id"), rs.getString("origin"));

    static <S extends SqlStatement<S>> S bind(S statement, Account a) {
        return statement.bind("secretId", a.secretId())
                .bind("secretKey", a.secretKey())
                .bind("appId", a.appId())
                .bind("origin", a.origin());
    }

    // --- instances ----------------------------------------------------------------------------

    static final RowMapper<Instance> INSTANCE = (rs, ctx) -> new Instance(
            rs.getString("instance_id"),
            rs.getLong("app_id"),
            rs.getString("region"),
            rs.getString("zone_name"),
            rs.getString("display_name"),
            rs.getString("engine_version"),
            rs.getString("vip"),
            rs.getInt("vport"),
            rs.getString("instance_type"),
            rs.getString("master_id"),
            new MaintenanceWindow(weekly(rs.getString("window_weekly")),
                    MaintenanceWindow.parseStartTime(rs.getString("window_start")), rs.getInt("window_span")),
            rs.getBoolean("ssl_enabled"),
            instant(rs, "ssl_expiry_us"),
            rs.getString("cert_serial"),
            rs.getBoolean("kms"),
            rs.getString("cmk_id"),
            rs.getString("cmk_region"),
            instant(rs, "created_at_us"),
            rs.getString("origin"));

    static <S extends SqlStatement<S>> S bind(S statement, Instance i) {
        MaintenanceWindow w = i.window();
        return statement.bind("instanceId", i.instanceId())
                .bind("appId", i.appId())
                .bind("region", i.region())
                .bind("zone", i.zone())
                .bind("name", i.name())
                .bind("version", i.version())
                .bind("vip", i.vip())
                .bind("vport", i.vport())
                .bind("instanceType", i.instanceType())
                .bind("masterId", i.masterId())
                .bind("windowWeekly", w.weekly().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("windowStart", w.startTimeText())
                .bind("windowSpan", w.spanHours())
                .bind("sslEnabled", i.sslEnabled())
                .bind("sslExpiry", micros(i.sslExpiry()))
                .bind("certSerial", i.certSerial())
                .bind("kms", i.kms())
                .bind("cmkId", i.cmkId())
                .bind("cmkRegion", i.cmkRegion())
                .bind("createdAt", micros(i.createdAt()))
                .bind("origin", i.origin());
    }

    private static List<Integer> weekly(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",")) {
            days.add(Integer.parseInt(part.trim()));
        }
        return days;
    }

    // --- operations ---------------------------------------------------------------------------

    static final RowMapper<SslOperation> OPERATION = (rs, ctx) -> new SslOperation(
            rs.getLong("flow_id"),
            rs.getString("instance_id"),
            rs.getLong("app_id"),
            rs.getString("region"),
            OperationType.valueOf(rs.getString("op_type")),
            rs.getInt("wait_switch"),
            rs.getBoolean("kms"),
            rs.getString("key_id"),
            rs.getString("key_region"),
            OperationPhase.valueOf(rs.getString("phase")),
            instant(rs, "requested_at_us"),
            instant(rs, "started_at_us"),
            instant(rs, "restart_at_us"),
            instant(rs, "due_at_us"),
            instant(rs, "finished_at_us"),
            rs.getBoolean("fail_injected"));

    /** Binds every field but the flow id, which the caller binds when it needs it. */
    static <S extends SqlStatement<S>> S bind(S statement, SslOperation o) {
        return statement.bind("instanceId", o.instanceId())
                .bind("appId", o.appId())
                .bind("region", o.region())
                .bind("type", o.type().name())
                .bind("waitSwitch", o.waitSwitch())
                .bind("kms", o.kms())
                .bind("keyId", o.keyId())
                .bind("keyRegion", o.keyRegion())
                .bind("phase", o.phase().name())
                .bind("requestedAt", micros(o.requestedAt()))
                .bind("startedAt", micros(o.startedAt()))
                .bind("restartAt", micros(o.restartAt()))
                .bind("dueAt", micros(o.dueAt()))
                .bind("finishedAt", micros(o.finishedAt()))
                .bind("failInjected", o.failInjected());
    }

    // --- certificates -------------------------------------------------------------------------

    static final RowMapper<CertificateAuthority> AUTHORITY = (rs, ctx) -> new CertificateAuthority(
            rs.getLong("app_id"),
            rs.getString("region"),
            rs.getString("cert_pem"),
            rs.getString("key_pem"),
            instant(rs, "not_before_us"),
            instant(rs, "not_after_us"));

    static <S extends SqlStatement<S>> S bind(S statement, CertificateAuthority a) {
        return statement.bind("appId", a.appId())
                .bind("region", a.region())
                .bind("certPem", a.certPem())
                .bind("keyPem", a.keyPem())
                .bind("notBefore", micros(a.notBefore()))
                .bind("notAfter", micros(a.notAfter()));
    }

    static final RowMapper<ServerCertificate> CERTIFICATE = (rs, ctx) -> new ServerCertificate(
            rs.getString("instance_id"),
            rs.getString("serial_hex"),
            instant(rs, "not_before_us"),
            instant(rs, "not_after_us"),
            rs.getString("cert_pem"),
            rs.getString("key_pem"),
            rs.getLong("flow_id"));

    static <S extends SqlStatement<S>> S bind(S statement, ServerCertificate c) {
        return statement.bind("instanceId", c.instanceId())
                .bind("serialHex", c.serialHex())
                .bind("notBefore", micros(c.notBefore()))
                .bind("notAfter", micros(c.notAfter()))
                .bind("certPem", c.certPem())
                .bind("keyPem", c.keyPem())
                .bind("flowId", c.flowId());
    }
}
