package dev.sslform.mockcloud.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The virtual clock every behaviour of the mock reads: maintenance checks, task completion,
 * certificate validity. In {@link Mode#SYSTEM} it is real time plus an offset that only grows;
 * in {@link Mode#MANUAL} it stands still unless moved. It never goes backwards.
 *
 * <p>Moving the clock only changes the reading; running what falls due in between is the job
 * of {@link SslLifecycle#advanceTo}.
 */
public final class MockClock extends Clock {
    /** How the clock moves on its own. */
    public enum Mode {
        SYSTEM, MANUAL;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Clock real;
    private final Mode mode;
    private Duration offset = Duration.ZERO;
    private Instant manualNow;

    private MockClock(Clock real, Mode mode, Instant manualStart) {
        this.real = Objects.requireNonNull(real, "real");
        this.mode = mode;
        this.manualNow = manualStart;
    }

    /** Real time from {@code real}, plus an offset that {@link #moveTo} increases. */
    public static MockClock system(Clock real) {
        return new MockClock(real, Mode.SYSTEM, null);
    }

    /** Time standing still at {@code start} until moved. */
    public static MockClock manual(Instant start) {
        return new MockClock(Clock.systemUTC(), Mode.MANUAL, Objects.requireNonNull(start, "start"));
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public synchronized Instant instant() {
        return mode == Mode.MANUAL ? manualNow : real.instant().plus(offset);
    }

    /**
     * Moves the clock to {@code target}. Refuses (with {@link ClockMovedBackwardsException}) a
     * target before the current reading: operations already run cannot be un-run.
     */
    public synchronized void moveTo(Instant target) {
        Instant now = instant();
        if (target.isBefore(now)) {
            throw new ClockMovedBackwardsException(now, target);
        }
        if (mode == Mode.MANUAL) {
            manualNow = target;
        } else {
            offset = offset.plus(Duration.between(now, target));
        }
    }

    /**
     * Sets the clock to {@code target}, backwards too: only for replacing the whole state
     * (state import), where nothing already run survives to be un-run.
     */
    public synchronized void restore(Instant target) {
        Objects.requireNonNull(target, "target");
        if (mode == Mode.MANUAL) {
            manualNow = target;
        } else {
            offset = Duration.between(real.instant(), target);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the mock clock is always read as an Instant");
    }

    /** Thrown when a caller asks the clock to go back in time. */
    public static final class ClockMovedBackwardsException extends RuntimeException {
        public ClockMovedBackwardsException(Instant now, Instant target) {
            super("The clock cannot go backwards: it reads " + now + " and " + target + " is earlier.");
        }
    }
}
