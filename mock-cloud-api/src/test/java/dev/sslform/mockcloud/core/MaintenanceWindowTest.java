package dev.sslform.mockcloud.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link MaintenanceWindow#firstCheckAfter} and {@link MaintenanceWindow#contains} in Asia/Shanghai. */
class MaintenanceWindowTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant t(String iso) {
        return OffsetDateTime.parse(iso + "+08:00").toInstant();
    }

    static MaintenanceWindow window(String weekly, String start, int span) {
        List<Integer> days = java.util.Arrays.stream(weekly.split(" ")).map(Integer::valueOf).toList();
        return new MaintenanceWindow(days, LocalTime.parse(start), span);
    }

    /** 2026-11-30 is a Monday. */
    @ParameterizedTest(name = "{0} {1}+{2}h, request {3} -> {4}")
    @CsvSource({
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T17:05:00, 2026-12-01T17:10:00",   // the seed's example
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T17:10:00, 2026-12-01T17:20:00",   // exactly at a check: the next one
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T17:09:59.999, 2026-12-01T17:10:00",
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T16:55:00, 2026-12-01T17:00:00",   // before it opens
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T17:00:00, 2026-12-01T17:10:00",   // at the opening check
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T17:50:00, 2026-12-02T17:00:00",   // 18:00 is outside (close exclusive)
        "1 2 3 4 5 6 7, 17:00, 1, 2026-12-01T18:05:00, 2026-12-02T17:00:00",   // after it closed
        "2, 17:00, 1, 2026-12-01T18:05:00, 2026-12-08T17:00:00",               // Tuesdays only: a week later
        "3 5, 17:00, 1, 2026-12-01T18:05:00, 2026-12-02T17:00:00",             // next allowed day
        "1, 23:00, 2, 2026-12-01T00:45:00, 2026-12-01T00:50:00",               // Monday's window on Tuesday morning
        "1, 23:00, 2, 2026-12-01T00:55:00, 2026-12-07T23:00:00",               // its last check would be 01:00: closed
        "1, 23:00, 2, 2026-11-30T22:00:00, 2026-11-30T23:00:00",
        "2, 23:00, 2, 2026-12-01T00:45:00, 2026-12-01T23:00:00",               // Tuesday's window does not cover Tuesday 00:45
        "1, 17:05, 1, 2026-11-30T17:00:00, 2026-11-30T17:10:00",               // an unaligned start waits for the first aligned check
        "1, 00:00, 24, 2026-11-30T23:55:00, 2026-12-07T00:00:00",              // 24 h window closes at midnight
        "1, 00:00, 6, 2026-11-30T05:55:00, 2026-12-07T00:00:00",
    })
    void first_check_after_is_the_next_aligned_check_strictly_after_the_request_inside_the_window(
            String weekly, String start, int span, String request, String expected) {
        assertEquals(t(expected), window(weekly, start, span).firstCheckAfter(t(request), SHANGHAI));
    }

    @ParameterizedTest(name = "{0} {1}+{2}h at {3}: {4}")
    @CsvSource({
        "1, 17:00, 1, 2026-11-30T16:59:59, false",
        "1, 17:00, 1, 2026-11-30T17:00:00, true",
        "1, 17:00, 1, 2026-11-30T17:59:59, true",
        "1, 17:00, 1, 2026-11-30T18:00:00, false",
        "1, 17:00, 1, 2026-12-01T17:30:00, false",
        "1, 23:00, 2, 2026-12-01T00:59:59, true",
        "1, 23:00, 2, 2026-12-01T01:00:00, false",
        "7, 23:00, 2, 2026-11-30T00:30:00, true",     // Sunday's window runs into Monday
        "1, 23:00, 2, 2026-11-30T00:30:00, false",
        "1, 00:00, 24, 2026-11-30T23:59:59, true",
    })
    void contains_is_open_at_start_and_closed_at_end(String weekly, String start, int span, String at, boolean inside) {
        assertEquals(inside, window(weekly, start, span).contains(t(at), SHANGHAI));
    }

    @Test
    void every_check_found_lies_inside_the_window_and_on_a_ten_minute_boundary() {
        MaintenanceWindow w = window("1 4", "23:30", 1);
        Instant from = t("2026-11-30T00:00:00");
        for (int minute = 0; minute < 60 * 24 * 8; minute += 7) {
            Instant request = from.plusSeconds(minute * 60L);
            Instant check = w.firstCheckAfter(request, SHANGHAI);
            assertEquals(0, check.getEpochSecond() % 600, () -> "aligned: " + check);
            assertEquals(true, check.isAfter(request), () -> "strictly after " + request);
            assertEquals(true, w.contains(check, SHANGHAI), () -> "inside: " + check);
        }
    }

    @Test
    void invalid_windows_are_refused_with_input_illegal() {
        assertEquals(ErrorCodes.INPUT_ILLEGAL, assertThrows(ApiException.class,
                () -> new MaintenanceWindow(List.of(), LocalTime.NOON, 1)).code());
        assertEquals(ErrorCodes.INPUT_ILLEGAL, assertThrows(ApiException.class,
                () -> new MaintenanceWindow(List.of(8), LocalTime.NOON, 1)).code());
        assertEquals(ErrorCodes.INPUT_ILLEGAL, assertThrows(ApiException.class,
                () -> new MaintenanceWindow(List.of(1), LocalTime.NOON, 25)).code());
        assertEquals(ErrorCodes.INPUT_ILLEGAL, assertThrows(ApiException.class,
                () -> MaintenanceWindow.parseStartTime("24:00")).code());
    }
}
