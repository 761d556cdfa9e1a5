package dev.sslform.plugin.provider;

import java.time.Duration;
import java.util.Map;

/**
 * What a resource needs from the engine while it applies one object: a way to record an
 * intermediate state at once (the operation it has just started, before it waits), and a way to
 * report progress.
 */
public interface ApplyContext {

    /** Persists {@code state} as this object's state now, before the apply of it finishes. */
    void record(Map<String, Object> state);

    /** Reports that the object is still being changed, {@code elapsed} since it began. */
    void progress(Duration elapsed);

    /** A line for the user (e.g. when a deferred operation will run). */
    void info(String message);

    /** True once the user asked apply to stop: start no new call, stop waiting for flows. */
    default boolean stopRequested() {
        return false;
    }
}
