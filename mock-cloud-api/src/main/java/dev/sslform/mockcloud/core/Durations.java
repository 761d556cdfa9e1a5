package dev.sslform.mockcloud.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations mockcloud accepts in flags and on the admin surface: ISO-8601
 * ({@code PT20S}, {@code P1D}) and the short forms {@code 20s}, {@code 10m}, {@code 1h},
 * {@code 2d}, {@code 500ms}, or combinations such as {@code 1h30m}.
 */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration, or {@link IllegalArgumentException} naming the accepted forms. */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration; use e.g. PT20S, 20s, 10m, 1h or 2d");
        }
        String t = text.trim();
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO-8601 duration: \"" + text + "\"; use e.g. PT20S or P1D");
            }
        }
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        Duration total = Duration.ZERO;
        int pos = 0;
        while (m.find() && m.start() == pos) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("duration too large: \"" + text + "\"");
            }
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            pos = m.end();
        }
        if (pos == 0 || pos != t.length()) {
            throw new IllegalArgumentException("not a duration: \"" + text + "\"; use e.g. PT20S, 20s, 10m, 1h or 2d");
        }
        return total;
    }
}
