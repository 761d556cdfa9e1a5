package dev.sslform.mockcloud.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs due transitions as real time passes. With a {@link MockClock.Mode#SYSTEM} clock a thread
 * sleeps until the earliest due time in the store (a task's end, a restart, a window check) and
 * runs what has fallen due then, so a flow reads done when its duration is up rather than at the
 * next fixed tick; an accepted operation wakes it ({@link SslLifecycle#onScheduled}) so a due
 * time sooner than the one it sleeps towards is not missed. It never sleeps longer than
 * {@code period}, which bounds the delay for operations another process put in a shared store.
 * With a manual clock time only moves through {@link SslLifecycle#advanceTo}, which runs what
 * falls due itself, so the loop only catches up once at start.
 */
public final class Scheduler implements AutoCloseable {
    private final SslLifecycle lifecycle;
    private final Duration period;
    private final Consumer<RuntimeException> onError;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean closed;
    private Thread thread;

    public Scheduler(SslLifecycle lifecycle, Duration period, Consumer<RuntimeException> onError) {
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.period = Objects.requireNonNull(period);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Catches up with everything already due, then (system clock only) keeps running. */
    public synchronized void start() {
        tick();
        if (lifecycle.clock().mode() == MockClock.Mode.SYSTEM && thread == null) {
            lifecycle.onScheduled(this::wake);
            thread = new Thread(this::loop, "mockcloud-scheduler");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Makes the loop look at the store again now (a new operation may be due sooner). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!closed) {
            tick();
            long waitNanos = period.toNanos();
            try {
                waitNanos = sleepFor(lifecycle.clock().instant(), lifecycle.nextDueAt(), period).toNanos();
            } catch (RuntimeException e) {
                onError.accept(e);
            }
            synchronized (signal) {
                try {
                    if (!woken && !closed && waitNanos > 0) {
                        signal.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                    }
                } catch (InterruptedException e) {
                    return;
                }
                woken = false;
            }
        }
    }

    /** How long the loop sleeps at {@code now}: until {@code nextDue}, never past {@code period}, never negative. */
    static Duration sleepFor(Instant now, Optional<Instant> nextDue, Duration period) {
        if (nextDue.isEmpty()) {
            return period;
        }
        Duration until = Duration.between(now, nextDue.get());
        return until.isNegative() ? Duration.ZERO : until.compareTo(period) > 0 ? period : until;
    }

    private void tick() {
        try {
            lifecycle.runDue(lifecycle.clock().instant());
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) {
            wake();
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
