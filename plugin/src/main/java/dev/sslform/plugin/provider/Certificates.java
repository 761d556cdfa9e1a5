package dev.sslform.plugin.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reading {@code SSLValidityPeriod} ("YYYY-MM-DD HH:MM:SS" in China Standard Time) and phrasing
 * how far away it is: "certificate expires in 12 days (2026-12-11 10:00:00)".
 */
public final class Certificates {

    /** Without {@code renew_before_days}, a certificate this close to expiry is a warning. */
    public static final long WARN_DAYS = 30;

    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Certificates() {
    }

    /** The expiry instant, or null when the period is empty or unreadable. */
    public static Instant expiry(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(period.trim(), FMT).atZone(MaintenanceSchedule.REGION_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when the certificate expires within {@code days} of {@code now}, or has expired. */
    public static boolean within(Instant now, Instant expiry, long days) {
        return !expiry.isAfter(now.plus(Duration.ofDays(days)));
    }

    public static String phrase(Instant now, String period) {
        Instant expiry = expiry(period);
        if (!expiry.isAfter(now)) {
            long ago = Duration.between(expiry, now).toDays();
            return "certificate expired " + (ago == 0 ? "today" : ago == 1 ? "1 day ago" : ago + " days ago") + " (" + period + ")";
        }
        long days = Duration.between(now, expiry).toDays();
        return "certificate expires in " + (days == 0 ? "less than a day" : days == 1 ? "1 day" : days + " days") + " (" + period + ")";
    }
}
