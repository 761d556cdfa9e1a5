package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client-side token bucket per action, so a parallel apply stays under the API's per-action limit
 * (20 calls/s by default, spec §3.1) instead of provoking {@code RequestLimitExceeded}.
 *
 * <p>Each bucket holds up to {@code ratePerSecond} tokens and refills continuously. A caller that
 * finds it empty reserves the next token (the balance goes negative) and sleeps until it is due,
 * outside the lock, so concurrent callers queue fairly and the computed waits are exact. Thread-safe.
 */
public final class RateLimiter {

    private final double ratePerSecond;
    private final double burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    public RateLimiter(double ratePerSecond, Clock clock, Sleeper sleeper) {
        this(ratePerSecond, ratePerSecond, clock, sleeper);
    }

    private RateLimiter(double ratePerSecond, double burst, Clock clock, Sleeper sleeper) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * A limiter without burst: calls of one action are spaced 1/rate apart. A server that counts
     * calls in a sliding one-second window (as mockcloud's throttle does, and as a per-second
     * limit may) rejects a full bucket's burst followed by the steady rate; spaced calls stay
     * under it. This is what the provider uses.
     */
    public static RateLimiter spaced(double ratePerSecond, Clock clock, Sleeper sleeper) {
        return new RateLimiter(ratePerSecond, 1, clock, sleeper);
    }

    public static RateLimiter defaults(Clock clock, Sleeper sleeper) {
        return new RateLimiter(20, clock, sleeper);
    }

    /** Takes a token for {@code action}, waiting as long as needed; returns how long it waited. */
    public Duration acquire(String action) throws InterruptedException {
        Duration wait = reserve(action);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    /** Reserves a token and returns how long the caller must wait before using it. */
    synchronized Duration reserve(String action) {
        long now = nanos();
        Bucket b = buckets.computeIfAbsent(action, a -> {
            Bucket fresh = new Bucket();
            fresh.tokens = burst;
            fresh.lastNanos = now;
            return fresh;
        });
        double elapsedSeconds = Math.max(0, now - b.lastNanos) / 1e9;
        b.tokens = Math.min(burst, b.tokens + elapsedSeconds * ratePerSecond);
        b.lastNanos = Math.max(now, b.lastNanos);
        b.tokens -= 1;
        if (b.tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-b.tokens / ratePerSecond * 1e9));
    }

    private long nanos() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
