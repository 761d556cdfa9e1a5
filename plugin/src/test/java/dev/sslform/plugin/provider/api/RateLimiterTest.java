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
    void calls_under_the_limit_go_through_without_waiting() throws Exception {
        RateLimiter limiter = RateLimiter.defaults(clock, sleeper);
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("ModifyDBInstanceSSL"), "call " + i);
        }
        // the 21st waits until the first leaves the window (1 s plus the margin)
        assertEquals(Duration.ofMillis(1050), limiter.acquire("ModifyDBInstanceSSL"));
        assertEquals(Duration.ZERO, limiter.acquire("DescribeFlowStatus"), "each action has its own window");
    }

    @Test
    void never_more_than_the_rate_in_any_window_whatever_the_arrivals() throws Exception {
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
    void concurrent_callers_get_distinct_slots_so_the_rate_holds() throws Exception {
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
    void a_rate_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RateLimiter.windowed(0.5, clock, sleeper));
    }
}
