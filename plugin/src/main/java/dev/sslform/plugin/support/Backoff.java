package dev.sslform.plugin.support;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff: attempt {@code n} (0-based) has a ceiling of {@code base * 2^n}, capped at
 * {@code max}. {@link #ceiling(int)} is the deterministic schedule (used by pollers that want a
 * steady rhythm); {@link #fullJitter(int, Random)} draws uniformly from {@code [0, ceiling]}, the
 * "full jitter" of the AWS architecture note, so many clients retrying after one throttling event
 * spread out instead of retrying in lockstep.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base must be positive: " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below base " + base);
        }
    }

    /** The upper bound for attempt {@code attempt} (0-based): {@code min(max, base * 2^attempt)}. */
    public Duration ceiling(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0: " + attempt);
        }
        long baseNanos = base.toNanos();
        long maxNanos = max.toNanos();
        // Shift only while it cannot overflow past max; beyond that the cap applies anyway.
        int shift = Math.min(attempt, 62);
        if (shift >= Long.numberOfLeadingZeros(baseNanos) - 1) {
            return max;
        }
        long value = baseNanos << shift;
        return Duration.ofNanos(Math.min(value, maxNanos));
    }

    /** A uniformly random delay in {@code [0, ceiling(attempt)]}. */
    public Duration fullJitter(int attempt, Random random) {
        long ceiling = ceiling(attempt).toNanos();
        if (ceiling == 0) {
            return Duration.ZERO;
        }
        long bound = ceiling == Long.MAX_VALUE ? ceiling : ceiling + 1;
        return Duration.ofNanos(Math.floorMod(random.nextLong(), bound));
    }
}
