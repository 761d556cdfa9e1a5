package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client-side limit per action, so a parallel apply stays under the API's per-action limit
 * (20 calls/s by default, spec §3.1) instead of provoking {@code RequestLimitExceeded}: a sliding
 * window ({@link #windowed}, what the provider uses) or a token bucket (the constructors, and
 * {@link #spaced} without burst).
 *
 * <p>A caller over the limit reserves the next free slot and sleeps until it is due, outside the
 * lock, so concurrent callers queue fairly and the computed waits are exact. Thread-safe.
 */
public final class RateLimiter {

    private final double ratePerSecond;
    private final double burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Bucket> buckets = new HashMap<>();
    /** Sliding-window mode when positive: at most {@code ratePerSecond} calls in any window this long. */
    private final long windowNanos;
    private final Map<String, java.util.ArrayDeque<Long>> slots = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    public RateLimiter(double ratePerSecond, Clock clock, Sleeper sleeper) {
        this(ratePerSecond, ratePerSecond, clock, sleeper);
    }

    private RateLimiter(double ratePerSecond, double burst, Clock clock, Sleeper sleeper) {
        this(ratePerSecond, burst, 0, clock, sleeper);
    }

    private RateLimiter(double ratePerSecond, double burst, long windowNanos, Clock clock, Sleeper sleeper) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.windowNanos = windowNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The margin {@link #windowed} adds to the one-second window, for the spread of the calls' network delays. */
    public static final Duration WINDOW_MARGIN = Duration.ofMillis(50);

    /**
     * A limiter that lets a call through at once unless {@code ratePerSecond} calls already went
     * out in the last second (plus {@link #WINDOW_MARGIN}); then it waits until the oldest of
     * them leaves that window. This is the rule a server counting a sliding one-second window
     * applies, held with a margin because the server counts arrivals, which the network delays by
     * varying amounts. Unlike {@link #spaced}, a call made while the action is under its limit
     * never waits, so a run bound by latency (a few operations at a time) is not slowed by the
     * limiter; a run bound by the limit gets {@code ratePerSecond × 1 s / (1 s + margin)} calls
     * per second, about 5 % under it. This is what the provider uses.
     */
    public static RateLimiter windowed(double ratePerSecond, Clock clock, Sleeper sleeper) {
        if (!(ratePerSecond >= 1)) {
            throw new IllegalArgumentException("a windowed rate must be at least 1 per second: " + ratePerSecond);
        }
        return new RateLimiter(ratePerSecond, 1, Duration.ofSeconds(1).plus(WINDOW_MARGIN).toNanos(), clock, sleeper);
    }

    /**
     * A limiter without burst: calls of one action are spaced 1/rate apart. A server that counts
     * calls in a sliding one-second window (as mockcloud's throttle does, and as a per-second
     * limit may) rejects a full bucket's burst followed by the steady rate; spaced calls stay
     * under it; but a call waits its turn even when the action is far under its limit.
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
        if (windowNanos > 0) {
            return reserveInWindow(action, now);
        }
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

    /**
     * Window mode: the slots given out, in order (some may lie in the future, for callers still
     * waiting); a new call goes at the earliest time that keeps fewer than {@code rate} slots in
     * the window before it.
     */
    private Duration reserveInWindow(String action, long now) {
        java.util.ArrayDeque<Long> q = slots.computeIfAbsent(action, a -> new java.util.ArrayDeque<>());
        while (!q.isEmpty() && q.peekFirst() <= now - windowNanos) {
            q.pollFirst();
        }
        int limit = (int) Math.floor(ratePerSecond);
        long at = now;
        if (q.size() >= limit) {
            // the slot `limit` places back must have left the window
            java.util.Iterator<Long> it = q.descendingIterator();
            long back = 0;
            for (int i = 0; i < limit; i++) {
                back = it.next();
            }
            at = Math.max(now, back + windowNanos);
        }
        q.addLast(at);
        return Duration.ofNanos(at - now);
    }

    private long nanos() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
