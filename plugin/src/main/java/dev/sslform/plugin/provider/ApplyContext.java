package dev.sslform.plugin.provider;

import java.time.Duration;
import java.util.Map;

/**
 * What a resource needs from the engine while it applies one object: a way to record an
 * intermediate state at once (the operation it has just started, before it waits), and a way to
 * report progress.
 */
public interface ApplyContext {

    /**
     * Persists {@code state} as this object's state now, before the apply of it finishes: for what
     * was already done remotely (an operation the API accepted). Never fails the object: when state
     * cannot be written, the engine keeps it in memory, stops starting operations and reports it.
     */
    void record(Map<String, Object> state);

    /**
     * Records, before the call that starts an operation, the state the object will have once the
     * call is accepted (the operation as pending, its flow id not yet known), so a run killed
     * between the call and its answer leaves state that knows the operation is sslform's. Throws
     * when state cannot be written: the caller must then not make the call.
     */
    default void intend(Map<String, Object> state) {
        record(state);
    }

    /** Takes back the last {@link #intend}: the call it announced was refused, nothing started. */
    default void abandon() {
    }

    /** Reports that the object is still being changed, {@code elapsed} since it began. */
    void progress(Duration elapsed);

    /** A line for the user (e.g. when a deferred operation will run). */
    void info(String message);

    /** True once the user asked apply to stop: start no new call, stop waiting for flows. */
    default boolean stopRequested() {
        return false;
    }
}
