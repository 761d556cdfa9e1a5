package dev.sslform.mockcloud.console;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_sixth_attempt_within_the_window_is_held_until_the_oldest_failure_leaves_it() {
        HandClock clock = new HandClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(OptionalLong.empty(), t.blockedFor("id:a"));
            t.failed("id:a");
            clock.now = clock.now.plusSeconds(10);
        }
        OptionalLong wait = t.blockedFor("id:a");
        assertTrue(wait.isPresent() && wait.getAsLong() > 200 && wait.getAsLong() <= 300, String.valueOf(wait));
        assertEquals(OptionalLong.empty(), t.blockedFor("id:b"), "other keys are not held up");
        clock.now = Instant.parse("2026-12-01T00:00:00Z").plus(LoginThrottle.WINDOW);
        assertEquals(OptionalLong.empty(), t.blockedFor("id:a"), "the first failure has left the window");
    }

    @Test
    void a_success_clears_the_failures() {
        LoginThrottle t = new LoginThrottle(new HandClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            t.failed("id:a");
        }
        t.succeeded("id:a");
        t.failed("id:a");
        assertEquals(OptionalLong.empty(), t.blockedFor("id:a"));
    }

    @Test
    void sessions_end_after_the_idle_time_on_the_real_clock() {
        HandClock clock = new HandClock();
        Sessions sessions = new Sessions(clock);
        Sessions.Session s = sessions.open("AKIDx", 1);
        clock.now = clock.now.plus(Sessions.IDLE.minus(Duration.ofSeconds(1)));
        assertTrue(sessions.find(s.id).isPresent());
        clock.now = clock.now.plus(Sessions.IDLE);
        assertTrue(sessions.find(s.id).isEmpty());
        assertTrue(sessions.find("made-up").isEmpty());
        assertTrue(!s.id.equals(s.csrf) && s.id.length() >= 40);
    }
}
