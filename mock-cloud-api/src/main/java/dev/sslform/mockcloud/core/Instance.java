package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored SQL Server instance: identity, placement, its maintenance window and its stable SSL
 * state. The transitional values a client sees ({@code wait_doing}, {@code Status} 13 …) are not
 * stored here; they are derived from the instance's active {@link SslOperation}.
 *
 * <p>Invariants: a read-only replica ({@code masterId != null}, id {@code mssqlro-…}) never
 * carries SSL state of its own: it shows its master's. {@code sslExpiry} is null until SSL was
 * first enabled, and is kept after disable (decision D14).
 *
 * @param instanceId   {@code mssql-xxxxxxxx} or {@code mssqlro-xxxxxxxx}
 * @param appId        the owning account
 * @param region       e.g. {@code ap-guangzhou}
 * @param zone         e.g. {@code ap-guangzhou-3}
 * @param name         the display name
 * @param version      the engine version code, e.g. {@code 2019}
 * @param vip          the private IP
 * @param vport        the port
 * @param instanceType {@code HA}, {@code RO} …
 * @param masterId     the primary's id for a replica, else null
 * @param window       the maintenance window
 * @param sslEnabled   the stable SSL state: true after a successful enable or renew
 * @param sslExpiry    the current certificate's expiry, or null if none was ever issued
 * @param certSerial   the current certificate's serial (hex), or null
 * @param kms          whether the certificate is KMS-protected
 * @param cmkId        the KMS key id, or empty
 * @param cmkRegion    the KMS key region, or empty
 * @param createdAt    when the instance was created, on the mock's clock
 * @param origin       {@code seed} or {@code api}: seeded instances come back after a reset
 */
public record Instance(
        String instanceId,
        long appId,
        String region,
        String zone,
        String name,
        String version,
        String vip,
        int vport,
        String instanceType,
        String masterId,
        MaintenanceWindow window,
        boolean sslEnabled,
        Instant sslExpiry,
        String certSerial,
        boolean kms,
        String cmkId,
        String cmkRegion,
        Instant createdAt,
        String origin) {

    public Instance {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(createdAt, "createdAt");
        cmkId = cmkId == null ? "" : cmkId;
        cmkRegion = cmkRegion == null ? "" : cmkRegion;
        zone = zone == null ? "" : zone;
        name = name == null ? "" : name;
    }

    public boolean readOnlyReplica() {
        return masterId != null;
    }

    public Instance withWindow(MaintenanceWindow w) {
        return new Instance(instanceId, appId, region, zone, name, version, vip, vport, instanceType, masterId, w,
                sslEnabled, sslExpiry, certSerial, kms, cmkId, cmkRegion, createdAt, origin);
    }

    public Instance withSsl(boolean enabled, Instant expiry, String serial, boolean isKms, String keyId, String keyRegion) {
        return new Instance(instanceId, appId, region, zone, name, version, vip, vport, instanceType, masterId, window,
                enabled, expiry, serial, isKms, keyId, keyRegion, createdAt, origin);
    }

    public Instance withEndpoint(String newVip, int newVport) {
        return new Instance(instanceId, appId, region, zone, name, version, newVip, newVport, instanceType, masterId, window,
                sslEnabled, sslExpiry, certSerial, kms, cmkId, cmkRegion, createdAt, origin);
    }
}
