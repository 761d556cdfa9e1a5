package dev.sslform.plugin.state;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * The waiting part of locking, shared by both backends: try, and while someone else holds the
 * lock, back off (100 ms doubling to 2 s, never past the deadline) until the timeout; then fail
 * with the holder's info. Time comes from the injected clock and waiting goes through the injected
 * sleeper, so tests run without real sleeps.
 */
final class LockPoller {

    /** One attempt: the lock if it was taken, or empty with the current holder recorded in {@code holder}. */
    interface Attempt {
        Optional<Lock> tryOnce(LockInfo mine, LockInfo[] holder);
    }

    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    private final Clock clock;
    private final Sleeper sleeper;
    private final String who;

    LockPoller(Clock clock, Sleeper sleeper, String who) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.who = who;
    }

    LockInfo newInfo(LockRequest request, String path) {
        return new LockInfo(UUID.randomUUID().toString(), request.operation(), request.info(), who,
                State.TOOL_VERSION, DateTimeFormatter.ISO_INSTANT.format(clock.instant()), path);
    }

    Lock acquire(LockRequest request, String path, Attempt attempt) {
        LockInfo mine = newInfo(request, path);
        Instant deadline = clock.instant().plus(request.timeout());
        LockInfo[] holder = new LockInfo[1];
        for (int n = 0; ; n++) {
            Optional<Lock> lock = attempt.tryOnce(mine, holder);
            if (lock.isPresent()) {
                return lock.get();
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                String reason = request.timeout().isZero()
                        ? "the state at " + path + " is locked"
                        : "the state at " + path + " is still locked after " + request.timeout().toSeconds() + "s (-lock-timeout)";
                throw new StateLockedException(reason, holder[0]);
            }
            Duration wait = BACKOFF.ceiling(n);
            try {
                sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateLockedException("interrupted while waiting for the state lock on " + path, holder[0]);
            }
        }
    }

    /** {@code user@host} for this process, the way Terraform fills {@code Who}. */
    static String defaultWho() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }
}
