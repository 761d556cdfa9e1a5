package dev.sslform.mockcloud.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Throttles guessing: after {@link #MAX_FAILURES} (or the given number of) failed attempts for one key (a SecretId, or a
 * client address) within {@link #WINDOW}, further attempts for that key are refused, right
 * ones included, until the oldest failure leaves the window. Real time; thread-safe.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_KEYS = 50_000;

    private final Clock real;
    private final int maxFailures;
    private final Map<String, ArrayDeque<Instant>> failures = new HashMap<>();

    LoginThrottle(Clock real) {
        this(real, MAX_FAILURES);
    }

    LoginThrottle(Clock real, int maxFailures) {
        this.real = real;
        this.maxFailures = maxFailures;
    }

    /** Seconds until {@code key} may try again, or empty if it may now. */
    synchronized OptionalLong blockedFor(String key) {
        ArrayDeque<Instant> q = failures.get(key);
        if (q == null) {
            return OptionalLong.empty();
        }
        Instant now = real.instant();
        prune(q, now);
        if (q.isEmpty()) {
            failures.remove(key);
            return OptionalLong.empty();
        }
        if (q.size() < maxFailures) {
            return OptionalLong.empty();
        }
        long seconds = Duration.between(now, q.peekFirst().plus(WINDOW)).toSeconds();
        return OptionalLong.of(Math.max(1, seconds + 1));
    }

    synchronized void failed(String key) {
        Instant now = real.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(q -> {
                prune(q, now);
                return q.isEmpty();
            });
        }
        ArrayDeque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(q, now);
        q.addLast(now);
        while (q.size() > maxFailures) {
            q.pollFirst();
        }
    }

    synchronized void succeeded(String key) {
        failures.remove(key);
    }

    private static void prune(ArrayDeque<Instant> q, Instant now) {
        while (!q.isEmpty() && !now.isBefore(q.peekFirst().plus(WINDOW))) {
            q.pollFirst();
        }
    }
}
