package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A weekly maintenance window ({@code Weekly} 1 = Monday … 7 = Sunday, {@code StartTime} HH:mm,
 * {@code Span} hours) in the region's time zone, and when it next opens. A window that is open
 * now counts as the next one: a waiting operation is picked up inside it.
 */
public record MaintenanceSchedule(java.util.List<Long> weekly, LocalTime start, long spanHours, ZoneId zone) {

    /**
     * The time zone of the SQL Server regions sslform knows. Every mainland and Hong Kong region
     * runs on China Standard Time, which is also the zone the API's own timestamps use.
     */
    public static final ZoneId REGION_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public static MaintenanceSchedule of(DescribeMaintenanceSpan.Response r) {
        return new MaintenanceSchedule(r.weekly(), LocalTime.parse(r.startTime()), r.span() == null ? 0 : r.span(), REGION_ZONE);
    }

    /** The start of the window that is open at {@code now}, or else of the next one; null if there is none. */
    public Instant nextStart(Instant now) {
        if (weekly.isEmpty() || spanHours <= 0) {
            return null;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int d = -1; d <= 8; d++) {
            LocalDate day = today.plusDays(d);
            if (!weekly.contains((long) day.getDayOfWeek().getValue())) {
                continue;
            }
            ZonedDateTime open = ZonedDateTime.of(day, start, zone);
            if (open.plusHours(spanHours).toInstant().isAfter(now)) {
                return open.toInstant();
            }
        }
        return null;
    }

    /** "2026-12-01 17:00:00 +08:00 (2026-12-01 09:00:00 UTC)". */
    public static String describe(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        return FMT.format(local) + " " + local.getOffset().getId().replace("Z", "+00:00") + " (" + FMT.format(t.atZone(ZoneOffset.UTC)) + " UTC)";
    }

    static String dayName(long weekday) {
        return DayOfWeek.of((int) weekday).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
    }
}
