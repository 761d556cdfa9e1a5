package dev.sslform.plugin.support;

import java.time.Duration;

/**
 * A way to wait for a duration. Production code takes one by injection so tests can pass a fake
 * that advances a virtual clock instead of blocking the thread.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for real; the only implementation that does. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    /** Waits for {@code duration}; zero or negative durations return at once. */
    void sleep(Duration duration) throws InterruptedException;
}
