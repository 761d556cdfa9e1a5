package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);

    @Test
    void a_full_bucket_allows_a_burst_of_twenty_then_one_call_every_fifty_ms() throws Exception {
        RateLimiter limiter = RateLimiter.defaults(clock, sleeper);
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("DescribeFlowStatus"));
        }
        assertEquals(Duration.ofMillis(50), limiter.acquire("DescribeFlowStatus"));
        assertEquals(Duration.ofMillis(50), limiter.acquire("DescribeFlowStatus"));
        assertEquals(Duration.ofMillis(100), sleeper.total());
    }

    @Test
    void each_action_has_its_own_bucket() throws Exception {
        RateLimiter limiter = new RateLimiter(2, clock, sleeper);
        limiter.acquire("A");
        limiter.acquire("A");
        assertEquals(Duration.ZERO, limiter.acquire("B"));
        assertEquals(Duration.ofMillis(500), limiter.acquire("A"));
    }

    @Test
    void tokens_refill_with_time_up_to_the_bucket_size() throws Exception {
        RateLimiter limiter = new RateLimiter(10, clock, sleeper);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("A");
        }
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("A"));
        }
        assertEquals(Duration.ofMillis(100), limiter.acquire("A"));
    }

    @Test
    void concurrent_callers_reserve_distinct_slots_so_the_rate_holds() throws Exception {
        // The clock stands still: every caller beyond the burst must be told a later slot.
        RateLimiter limiter = new RateLimiter(20, clock, d -> { });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Duration>> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waits.add(pool.submit(() -> limiter.acquire("X")));
        }
        List<Long> ms = new ArrayList<>();
        for (Future<Duration> f : waits) {
            ms.add(f.get().toMillis());
        }
        pool.shutdown();
        ms.sort(null);
        assertEquals(0L, ms.get(19));
        assertEquals(50L, ms.get(20));
        assertEquals(4000L, ms.get(99));
        assertTrue(ms.stream().distinct().count() == 81, "80 distinct queued slots + the burst");
    }

    @Test
    void a_spaced_limiter_never_lets_more_than_the_rate_into_any_one_second_window() throws Exception {
        RateLimiter limiter = RateLimiter.spaced(20, clock, sleeper);
        java.util.List<Long> at = new java.util.ArrayList<>();
        long start = clock.instant().toEpochMilli();
        for (int i = 0; i < 60; i++) {
            limiter.acquire("DescribeDBInstancesAttribute");
            at.add(clock.instant().toEpochMilli() - start);
        }
        assertEquals(java.util.List.of(0L, 50L, 100L), at.subList(0, 3));
        for (long t : at) {
            long inWindow = at.stream().filter(x -> x >= t && x < t + 1000).count();
            assertTrue(inWindow <= 20, "calls in [" + t + ", " + (t + 1000) + "): " + inWindow);
        }
    }

    @Test
    void a_windowed_limiter_lets_calls_under_the_limit_through_without_waiting() throws Exception {
        RateLimiter limiter = RateLimiter.windowed(20, clock, sleeper);
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("ModifyDBInstanceSSL"), "call " + i);
        }
        // the 21st waits until the first leaves the window (1 s plus the margin)
        assertEquals(Duration.ofMillis(1050), limiter.acquire("ModifyDBInstanceSSL"));
        assertEquals(Duration.ZERO, limiter.acquire("DescribeFlowStatus"), "each action has its own window");
    }

    @Test
    void a_windowed_limiter_never_lets_more_than_the_rate_into_any_window_whatever_the_arrivals() throws Exception {
        RateLimiter limiter = RateLimiter.windowed(20, clock, sleeper);
        java.util.Random random = new java.util.Random(42);
        List<Long> at = new ArrayList<>();
        long start = clock.instant().toEpochMilli();
        for (int i = 0; i < 400; i++) {
            clock.advance(Duration.ofMillis(random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(10)));
            limiter.acquire("DescribeDBInstancesAttribute");
            at.add(clock.instant().toEpochMilli() - start);
        }
        for (long t : at) {
            long inWindow = at.stream().filter(x -> x >= t && x < t + 1050).count();
            assertTrue(inWindow <= 20, "calls in [" + t + ", " + (t + 1050) + "): " + inWindow);
        }
        // and it is not needlessly slow: over the run, close to 20 calls per 1.05 s
        double perSecond = at.size() / ((at.get(at.size() - 1) - at.get(0)) / 1000.0);
        assertTrue(perSecond > 15 && perSecond <= 20, "rate " + perSecond);
    }

    @Test
    void concurrent_callers_of_a_windowed_limiter_get_distinct_slots() throws Exception {
        RateLimiter limiter = RateLimiter.windowed(20, clock, d -> { });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Duration>> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waits.add(pool.submit(() -> limiter.acquire("X")));
        }
        List<Long> ms = new ArrayList<>();
        for (Future<Duration> f : waits) {
            ms.add(f.get().toMillis());
        }
        pool.shutdown();
        ms.sort(null);
        // the clock stands still: 20 go now, each next 20 one window later
        assertEquals(0L, ms.get(19));
        assertEquals(1050L, ms.get(20));
        assertEquals(1050L, ms.get(39));
        assertEquals(4200L, ms.get(99));
    }

    @Test
    void a_windowed_rate_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RateLimiter.windowed(0.5, clock, sleeper));
    }
}
