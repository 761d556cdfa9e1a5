package dev.sslform.plugin.testkit;

import dev.sslform.plugin.support.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sleeper that records each requested wait and advances a {@link FakeClock} by it instead of blocking. */
public final class FakeSleeper implements Sleeper {
    private final FakeClock clock;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    public FakeSleeper(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Duration total() {
        return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
