package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.value.GoDuration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaintenanceScheduleTest {

    @ParameterizedTest(name = "{0} with weekly {1} {2}+{3}h opens {4}")
    @CsvSource({
            // now (UTC),            weekly, start, span, next start (UTC)
            "2026-12-01T09:05:00Z, 1234567, 17:00, 1, 2026-12-01T09:00:00Z", // inside today's window: that window
            "2026-12-01T10:00:00Z, 1234567, 17:00, 1, 2026-12-02T09:00:00Z", // just closed: tomorrow's
            "2026-12-01T04:00:00Z, 1234567, 22:00, 1, 2026-12-01T14:00:00Z", // later today
            "2026-12-01T04:00:00Z, 6,       02:00, 3, 2026-12-04T18:00:00Z", // Tuesday -> Saturday 02:00 CST = Friday 18:00 UTC
            "2026-12-06T15:30:00Z, 7,       23:00, 2, 2026-12-06T15:00:00Z", // Sunday 23:00 window crossing midnight, open now
    })
    void next_window_start(String now, String weekly, String start, long span, String expected) {
        List<Long> days = weekly.chars().mapToObj(c -> (long) (c - '0')).toList();
        MaintenanceSchedule s = new MaintenanceSchedule(days, LocalTime.parse(start), span, MaintenanceSchedule.REGION_ZONE);
        assertEquals(Instant.parse(expected), s.nextStart(Instant.parse(now)));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void no_window_without_hours(long span) {
        assertNull(new MaintenanceSchedule(List.of(1L), LocalTime.NOON, span, MaintenanceSchedule.REGION_ZONE)
                .nextStart(Instant.parse("2026-12-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-28T22:00:00Z | 2026-12-11 10:00:00 | certificate expires in 12 days (2026-12-11 10:00:00)",
            "2026-12-11T01:00:00Z | 2026-12-11 10:00:00 | certificate expires in less than a day (2026-12-11 10:00:00)",
            "2026-12-10T01:00:00Z | 2026-12-11 10:00:00 | certificate expires in 1 day (2026-12-11 10:00:00)",
            "2026-11-29T04:00:00Z | 2026-11-20 10:00:00 | certificate expired 9 days ago (2026-11-20 10:00:00)",
            "2026-11-20T03:00:00Z | 2026-11-20 10:00:00 | certificate expired today (2026-11-20 10:00:00)",
    })
    void certificate_phrases(String now, String period, String expected) {
        assertEquals(expected, Certificates.phrase(Instant.parse(now), period));
    }

    @ParameterizedTest
    @CsvSource({"30m, 1800000", "1h30m, 5400000", "90s, 90000", "2h, 7200000", "1.5h, 5400000", "250ms, 250", "1m30.5s, 90500",
            "1500us, 1", "1500µs, 1", "0, 0", "0s, 0", ".5h, 1800000", "1.h, 3600000"})
    void timeouts_parse_like_terraform(String text, long millis) {
        assertEquals(millis, GoDuration.parse(text).toMillis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "m", "1d", "-1m", "1h 30m", ".h", "30M", "3000000h"})
    void what_is_not_a_duration_is_refused(String text) {
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(text));
    }

    @Test
    void a_sign_is_read_only_where_go_s_full_grammar_is_asked_for() {
        assertEquals(-5400000, GoDuration.parseSigned("-1h30m").toMillis());
        assertEquals(1800000, GoDuration.parseSigned("+.5h").toMillis());
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parseSigned("--1h"));
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("+1h"));
    }
}
