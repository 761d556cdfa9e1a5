package dev.sslform.mockcloud.testkit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A tiny deadline poll, standing in for Awaitility (not a dependency): checks a condition every
 * few milliseconds until it holds or the deadline passes. The short park between checks is a
 * poll interval, never a wait for something to happen.
 */
public final class Poll {
    private static final long INTERVAL_NANOS = Duration.ofMillis(20).toNanos();

    private Poll() {
    }

    /** Polls {@code condition} until it is true; fails with {@code what} after {@code deadline}. */
    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }

    /** Polls {@code value} until it is non-null and returns it; fails with {@code what} after {@code deadline}. */
    public static <T> T value(Duration deadline, String what, Supplier<T> value) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }
}
