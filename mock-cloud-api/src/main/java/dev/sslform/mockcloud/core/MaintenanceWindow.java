package dev.sslform.mockcloud.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An instance's maintenance window: the week days it opens on ({@code Weekly}, 1 = Monday …
 * 7 = Sunday), the local time it opens ({@code StartTime}, HH:mm) and how many hours it stays
 * open ({@code Span}, 1–24), in the region's time zone.
 *
 * <p>Invariants: {@code weekly} is non-empty, sorted, without duplicates, each 1–7;
 * {@code spanHours} is 1–24 (decision D16). A window that crosses midnight belongs to the day
 * it starts on.
 */
public record MaintenanceWindow(List<Integer> weekly, LocalTime startTime, int spanHours) {
    /** The doc example, used for new instances unless configured: Monday 00:00 for 6 hours. */
    public static final MaintenanceWindow DEFAULT = new MaintenanceWindow(List.of(1), LocalTime.MIDNIGHT, 6);

    /** Maintenance checks run every 10 minutes, aligned to the clock (seed, Appendix 1). */
    public static final Duration CHECK_INTERVAL = Duration.ofMinutes(10);

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public MaintenanceWindow {
        Objects.requireNonNull(startTime, "startTime");
        if (weekly == null || weekly.isEmpty()) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Weekly must name at least one day (1 = Monday … 7 = Sunday).");
        }
        TreeSet<Integer> days = new TreeSet<>();
        for (Integer d : weekly) {
            if (d == null || d < 1 || d > 7) {
                throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Weekly values must be 1–7 (1 = Monday … 7 = Sunday), got " + d + ".");
            }
            days.add(d);
        }
        weekly = List.copyOf(days);
        if (spanHours < 1 || spanHours > 24) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Span must be 1–24 hours, got " + spanHours + ".");
        }
        startTime = startTime.withSecond(0).withNano(0);
    }

    /** Parses {@code HH:mm} (00:00–23:59) or answers {@code InvalidParameter.InputIllegal}. */
    public static LocalTime parseStartTime(String value) {
        if (value == null || !value.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "StartTime must be HH:mm from 00:00 to 23:59, got \"" + value + "\".");
        }
        return LocalTime.parse(value, HH_MM);
    }

    public String startTimeText() {
        return startTime.format(HH_MM);
    }

    /** Whether the window is open at {@code t} in {@code zone}. */
    public boolean contains(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        // The window that opened today or yesterday may cover t (a window can cross midnight).
        for (int back = 0; back <= 1; back++) {
            LocalDate day = local.toLocalDate().minusDays(back);
            if (opensOn(day)) {
                ZonedDateTime open = day.atTime(startTime).atZone(zone);
                ZonedDateTime close = open.plusHours(spanHours);
                if (!local.isBefore(open) && local.isBefore(close)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first maintenance check strictly after {@code after} that falls inside this window:
     * checks run at every multiple of {@link #CHECK_INTERVAL} since the epoch (:00, :10, :20 …).
     * A request made exactly at a check is picked up by the next one (the check it coincides
     * with has already taken its snapshot).
     */
    public Instant firstCheckAfter(Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
        // Weekly is non-empty, so a window opens within every 8 days.
        for (int i = 0; i < 9; i++, day = day.plusDays(1)) {
            if (!opensOn(day)) {
                continue;
            }
            Instant open = day.atTime(startTime).atZone(zone).toInstant();
            Instant close = day.atTime(startTime).atZone(zone).plusHours(spanHours).toInstant();
            Instant candidate = nextCheckAtOrAfter(open);
            Instant strictlyAfter = nextCheckAtOrAfter(after.plusNanos(1));
            if (strictlyAfter.isAfter(candidate)) {
                candidate = strictlyAfter;
            }
            if (candidate.isBefore(close)) {
                return candidate;
            }
        }
        // Unreachable for a valid window: a span of at least one hour always holds a check.
        throw new IllegalStateException("no maintenance check found for " + this);
    }

    /** The next opening of the window at or after {@code from}, for display. */
    public Optional<ZonedDateTime> nextOpening(Instant from, ZoneId zone) {
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
            if (opensOn(day)) {
                ZonedDateTime open = day.atTime(startTime).atZone(zone);
                if (!open.toInstant().isBefore(from)) {
                    return Optional.of(open);
                }
            }
        }
        return Optional.empty();
    }

    /** The first aligned check instant at or after {@code t}. */
    public static Instant nextCheckAtOrAfter(Instant t) {
        long step = CHECK_INTERVAL.toMillis();
        long ms = t.toEpochMilli();
        boolean exact = t.getNano() % 1_000_000 == 0;
        long floor = Math.floorDiv(ms, step) * step;
        if (floor == ms && exact) {
            return Instant.ofEpochMilli(floor);
        }
        return Instant.ofEpochMilli(floor + step);
    }

    private boolean opensOn(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return weekly.contains(dow.getValue());
    }
}
