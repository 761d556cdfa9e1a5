package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A client-side limit per action, so a parallel apply stays under the API's per-action limit
 * (20 calls/s by default, spec §3.1) instead of provoking {@code RequestLimitExceeded}.
 *
 * <p>A sliding window: a call goes through at once unless {@code ratePerSecond} calls of the same
 * action already went out in the last second plus {@link #WINDOW_MARGIN}; then it waits until
 * the oldest of them leaves that window. This is the rule a server counting a sliding one-second
 * window applies, held with a margin because the server counts arrivals, which the network delays
 * by varying amounts. A call made while the action is under its limit never waits, so a run bound
 * by latency (a few operations at a time) is not slowed by the limiter; a run bound by the limit
 * gets {@code ratePerSecond × 1 s / (1 s + margin)} calls per second, about 5 % under it.
 *
 * <p>A caller over the limit reserves the next free slot and sleeps until it is due, outside the
 * lock, so concurrent callers queue fairly and the computed waits are exact. Thread-safe.
 */
public final class RateLimiter {

    /** The margin added to the one-second window, for the spread of the calls' network delays. */
    public static final Duration WINDOW_MARGIN = Duration.ofMillis(50);

    private final int limit;
    private final long windowNanos;
    private final Clock clock;
    private final Sleeper sleeper;
    /** Per action, the slots given out, in order (some may lie in the future, for callers still waiting). */
    private final Map<String, ArrayDeque<Long>> slots = new HashMap<>();

    private RateLimiter(int limit, Clock clock, Sleeper sleeper) {
        this.limit = limit;
        this.windowNanos = Duration.ofSeconds(1).plus(WINDOW_MARGIN).toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** At most {@code ratePerSecond} (rounded down, at least 1) calls per action in any window of 1 s plus the margin. */
    public static RateLimiter windowed(double ratePerSecond, Clock clock, Sleeper sleeper) {
        if (!(ratePerSecond >= 1)) {
            throw new IllegalArgumentException("a rate must be at least 1 per second: " + ratePerSecond);
        }
        return new RateLimiter((int) Math.min(Integer.MAX_VALUE, Math.floor(ratePerSecond)), clock, sleeper);
    }

    /** The API's documented limit, 20 calls per second per action. */
    public static RateLimiter defaults(Clock clock, Sleeper sleeper) {
        return windowed(20, clock, sleeper);
    }

    /** Takes a slot for {@code action}, waiting as long as needed; returns how long it waited. */
    public Duration acquire(String action) throws InterruptedException {
        Duration wait = reserve(action);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    /**
     * Reserves the earliest time that keeps fewer than {@code limit} slots in the window before
     * it, and returns how long the caller must wait for it.
     */
    synchronized Duration reserve(String action) {
        long now = nanos();
        ArrayDeque<Long> q = slots.computeIfAbsent(action, a -> new ArrayDeque<>());
        while (!q.isEmpty() && q.peekFirst() <= now - windowNanos) {
            q.pollFirst();
        }
        long at = now;
        if (q.size() >= limit) {
            // the slot `limit` places back must have left the window
            Iterator<Long> it = q.descendingIterator();
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
