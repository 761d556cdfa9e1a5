package dev.sslform.plugin.config.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration}, the one reader of durations in sslform: {@code timeouts}
 * blocks ("30m", "1h30m", "1.5h", "250ms"), {@code -lock-timeout} and the {@code timeadd}
 * function (which also takes a sign). {@link #PATTERN} is both what the schema's constraint
 * accepts at validate time and what {@link #parse} reads, so the two cannot disagree about a value.
 */
public final class GoDuration {

    /** One or more decimal numbers (1, 1.5, 1., .5), each with a unit: ns, us (or µs), ms, s, m, h; or a bare 0, as Go allows. */
    public static final String PATTERN = "0|((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h))+";

    private static final Pattern WHOLE = Pattern.compile(PATTERN);
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    /** An unsigned duration. @throws IllegalArgumentException naming the text when it is not one, or is out of range */
    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration such as \"30m\", \"1h30m\" or \"90s\"");
        }
        Matcher m = PART.matcher(text);
        BigDecimal nanos = BigDecimal.ZERO;
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
        }
        try {
            return Duration.ofNanos(nanos.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException tooLong) {
            // As Go, whose durations are int64 nanoseconds (about 292 years).
            throw new IllegalArgumentException("\"" + text + "\" is out of range: a duration can be at most about 292 years");
        }
    }

    /** As {@link #parse}, with an optional leading + or - (Go's full grammar). */
    public static Duration parseSigned(String text) {
        if (text != null && (text.startsWith("-") || text.startsWith("+"))) {
            Duration d = parse(text.substring(1));
            return text.startsWith("-") ? d.negated() : d;
        }
        return parse(text);
    }
}
