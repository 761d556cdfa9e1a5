package dev.sslform.mockcloud.core;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How long things take and where windows are read: the task duration (restart included), the
 * restart part of it, the certificate lifetime, the time zone per region.
 *
 * @param taskDuration    how long an operation runs once started (default 20 s)
 * @param restartDuration the last part of the task during which the instance restarts (default 5 s)
 * @param certLifetime    server certificate validity (default 365 days)
 * @param caLifetime      CA certificate validity (default 20 years)
 * @param defaultZone     the time zone of regions not in {@code regionZones} (Asia/Shanghai)
 * @param regionZones     per-region overrides
 * @param defaultWindow   the maintenance window of new instances
 */
public record LifecycleSettings(Duration taskDuration, Duration restartDuration, Duration certLifetime,
                                Duration caLifetime, ZoneId defaultZone, Map<String, ZoneId> regionZones,
                                MaintenanceWindow defaultWindow) {
    public static final LifecycleSettings DEFAULTS = new LifecycleSettings(
            Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofDays(365), Duration.ofDays(365L * 20),
            ZoneId.of("Asia/Shanghai"), Map.of(), MaintenanceWindow.DEFAULT);

    public LifecycleSettings {
        Objects.requireNonNull(taskDuration, "taskDuration");
        Objects.requireNonNull(restartDuration, "restartDuration");
        Objects.requireNonNull(certLifetime, "certLifetime");
        Objects.requireNonNull(caLifetime, "caLifetime");
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(defaultWindow, "defaultWindow");
        regionZones = Map.copyOf(regionZones);
        if (taskDuration.isNegative() || taskDuration.isZero()) {
            throw new IllegalArgumentException("task duration must be positive, got " + taskDuration);
        }
        if (restartDuration.isNegative() || restartDuration.compareTo(taskDuration) > 0) {
            throw new IllegalArgumentException("restart duration must be between 0 and the task duration ("
                    + taskDuration + "), got " + restartDuration);
        }
        if (certLifetime.isNegative() || certLifetime.isZero()) {
            throw new IllegalArgumentException("certificate lifetime must be positive, got " + certLifetime);
        }
    }

    public ZoneId zoneOf(String region) {
        return regionZones.getOrDefault(region, defaultZone);
    }

    public LifecycleSettings withTaskDuration(Duration task, Duration restart) {
        return new LifecycleSettings(task, restart, certLifetime, caLifetime, defaultZone, regionZones, defaultWindow);
    }

    public LifecycleSettings withCertLifetime(Duration lifetime) {
        return new LifecycleSettings(taskDuration, restartDuration, lifetime, caLifetime, defaultZone, regionZones, defaultWindow);
    }

    public LifecycleSettings withDefaultWindow(MaintenanceWindow window) {
        return new LifecycleSettings(taskDuration, restartDuration, certLifetime, caLifetime, defaultZone, regionZones, window);
    }
}
