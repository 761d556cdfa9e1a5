package dev.sslform.mockcloud.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs due transitions as real time passes. With a {@link MockClock.Mode#SYSTEM} clock it wakes
 * every {@code period} and runs whatever has fallen due; with a manual clock time only moves
 * through {@link SslLifecycle#advanceTo}, which runs what falls due itself, so the loop only
 * catches up once at start.
 */
public final class Scheduler implements AutoCloseable {
    private final SslLifecycle lifecycle;
    private final Duration period;
    private final Consumer<RuntimeException> onError;
    private ScheduledExecutorService executor;

    public Scheduler(SslLifecycle lifecycle, Duration period, Consumer<RuntimeException> onError) {
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.period = Objects.requireNonNull(period);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Catches up with everything already due, then (system clock only) keeps running. */
    public synchronized void start() {
        tick();
        if (lifecycle.clock().mode() == MockClock.Mode.SYSTEM && executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mockcloud-scheduler");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
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
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
