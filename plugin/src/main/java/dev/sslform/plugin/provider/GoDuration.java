package dev.sslform.plugin.provider;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as Terraform's {@code timeouts} blocks write them: "30m", "1h30m", "90s", "2h". */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("([0-9]+)(h|m|s)");

    private GoDuration() {
    }

    /** @throws IllegalArgumentException naming the text when it is not a duration */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration");
        }
        Matcher m = PART.matcher(text.trim());
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
            end = m.end();
        }
        if (end != text.trim().length() || end == 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration such as \"30m\", \"1h30m\" or \"90s\"");
        }
        return total;
    }
}
