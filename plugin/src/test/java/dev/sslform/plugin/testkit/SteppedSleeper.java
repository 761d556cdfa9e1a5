package dev.sslform.plugin.testkit;

import dev.sslform.plugin.support.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Virtual time for many threads: {@link #sleep} blocks until every {@linkplain #join joined}
 * thread is asleep, then moves the {@link FakeClock} to the earliest wake-up and releases the
 * threads due then. A multi-threaded run thus sees the same times as a single-threaded one —
 * no thread's sleep runs the clock ahead of the others, and nothing waits in real time.
 * Every thread that sleeps must have joined, and must {@link #leave} when done.
 */
public final class SteppedSleeper implements Sleeper {
    private final FakeClock clock;
    private final List<Instant> sleeping = new ArrayList<>();
    private int active;

    public SteppedSleeper(FakeClock clock) {
        this.clock = clock;
    }

    /** Counts {@code n} more threads that take part (before they start, so none runs ahead). */
    public synchronized void join(int n) {
        active += n;
    }

    /** The calling thread takes no more part. */
    public synchronized void leave() {
        active--;
        step();
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        Instant wake = clock.instant().plus(duration);
        sleeping.add(wake);
        try {
            step();
            while (clock.instant().isBefore(wake)) {
                wait();
            }
        } finally {
            sleeping.remove(wake);
        }
    }

    private void step() {
        if (active > 0 && sleeping.size() >= active) {
            Instant next = Collections.min(sleeping);
            Instant now = clock.instant();
            if (next.isAfter(now)) {
                clock.advance(Duration.between(now, next));
            }
            notifyAll();
        }
    }
}
