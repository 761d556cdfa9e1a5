package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instance as a client sees it at one instant: the stored record plus the values derived
 * from its (or, for a replica, its master's) active operation and the clock.
 *
 * @param instance     the stored instance
 * @param status       {@code DBInstance.Status}: 2 running, 13 waiting for the window, 7 task running
 * @param encryption   {@code SSLConfig.Encryption}
 * @param sslValidity  1 while the current certificate is unexpired and SSL is on, else 0
 * @param sslPeriod    the certificate's expiry as {@code YYYY-MM-DD HH:MM:SS} in UTC+8, or ""
 * @param kms          {@code SSLConfig.IsKMS}
 * @param cmkId        {@code SSLConfig.CMKId}
 * @param cmkRegion    {@code SSLConfig.CMKRegion}
 * @param roFlag       {@code ROFlag}: RO, MASTER or ""
 * @param restarting   whether the instance is inside the restart part of a running operation
 */
public record InstanceView(Instance instance, int status, Encryption encryption, int sslValidity, String sslPeriod,
                           boolean kms, String cmkId, String cmkRegion, String roFlag, boolean restarting) {
    public static final int STATUS_RUNNING = 2;
    public static final int STATUS_TASK_RUNNING = 7;
    public static final int STATUS_WAITING_TO_SWITCH = 13;

    /** SSLValidityPeriod is shown in China Standard Time (decision D14). */
    public static final ZoneOffset PERIOD_ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Derives the view of {@code instance}. {@code master} is the instance whose SSL state it
     * shows (itself for a primary); {@code active} is that master's active operation, or null.
     */
    public static InstanceView of(Instance instance, Instance master, SslOperation active, boolean hasReplicas, Instant now) {
        int status = STATUS_RUNNING;
        Encryption encryption = master.sslEnabled() ? Encryption.ENABLE : Encryption.DISABLE;
        boolean restarting = false;
        if (active != null) {
            status = active.phase() == OperationPhase.WAITING ? STATUS_WAITING_TO_SWITCH : STATUS_TASK_RUNNING;
            encryption = active.encryptionWhileActive();
            restarting = active.phase() == OperationPhase.RUNNING && active.restartAt() != null
                    && !now.isBefore(active.restartAt());
        }
        Instant expiry = master.sslExpiry();
        int validity = master.sslEnabled() && expiry != null && now.isBefore(expiry) ? 1 : 0;
        String period = expiry == null ? "" : formatPeriod(expiry);
        String roFlag = instance.readOnlyReplica() ? "RO" : hasReplicas ? "MASTER" : "";
        return new InstanceView(instance, status, encryption, validity, period, master.kms(), master.cmkId(),
                master.cmkRegion(), roFlag, restarting);
    }

    public static String formatPeriod(Instant expiry) {
        return PERIOD.format(expiry.atOffset(PERIOD_ZONE));
    }
}
