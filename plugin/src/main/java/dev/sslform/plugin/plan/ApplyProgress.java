package dev.sslform.plugin.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The lines an apply prints, kept readable with hundreds of operations at once: every line goes
 * out whole under one lock (no interleaved partial lines), and besides one line per state change
 * of an object there is an "N of M done" summary at every tenth of the work and at most every
 * {@link #SUMMARY_EVERY} while operations run. With more than {@link #QUIET_ABOVE} operations
 * the per-object "[10s elapsed]" lines are left out: the summaries say the same in one line.
 */
final class ApplyProgress {

    static final Duration SUMMARY_EVERY = Duration.ofSeconds(30);
    static final int QUIET_ABOVE = 10;

    private final Consumer<String> out;
    private final Clock clock;
    private final int total;
    private int done;
    private int failed;
    private int lastStep;
    private Instant lastSummary;

    ApplyProgress(Consumer<String> out, Clock clock, int total) {
        this.out = out;
        this.clock = clock;
        this.total = total;
        this.lastSummary = clock.instant();
    }

    synchronized void line(String s) {
        out.accept(s);
    }

    boolean elapsedLines() {
        return total <= QUIET_ABOVE;
    }

    /** One operation ended (ok or failed). */
    synchronized void finished(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        int step = total == 0 ? 10 : done * 10 / total;
        if (total > QUIET_ABOVE && step > lastStep) {
            lastStep = step;
            summary();
        }
    }

    /** Called while operations wait; prints a summary when the last one is old enough. */
    synchronized void tick() {
        if (total > 1 && !Duration.between(lastSummary, clock.instant()).minus(SUMMARY_EVERY).isNegative()) {
            summary();
        }
    }

    synchronized int done() {
        return done;
    }

    private void summary() {
        lastSummary = clock.instant();
        out.accept("Progress: " + done + " of " + total + " done" + (failed == 0 ? "" : " (" + failed + " failed)"));
    }
}
