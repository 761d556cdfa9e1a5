package dev.sslform.plugin.plan;

import java.time.Duration;
import java.util.Map;

/**
 * What an {@link Applier} reports about each object as it goes, in structured form (the text
 * lines it prints say the same for people): an operation started, is still running, said
 * something, completed with the object's new state, or failed. The machine-readable UI listens
 * here. Calls for different objects may come from different workers at once; each object's calls
 * come in order from one thread. Every method does nothing by default.
 */
public interface ApplyHook {

    /** Listens to nothing. */
    ApplyHook NONE = new ApplyHook() {
    };

    /** The operation on {@code change} begins; {@code id} identifies the remote object (the instance id). */
    default void started(ResourceChange change, Object id) {
    }

    /** The operation is still running after {@code elapsed} (called every ten seconds of it). */
    default void progress(ResourceChange change, Duration elapsed) {
    }

    /** The resource said something about the operation (waiting for a pending flow, reading again, a pending operation). */
    default void info(ResourceChange change, String message) {
    }

    /** The operation finished; {@code newState} is what state now records (null after a delete). */
    default void completed(ResourceChange change, Object id, Duration elapsed, Map<String, Object> newState) {
    }

    /** The operation failed after {@code elapsed}; the error itself is in the apply's result. */
    default void errored(ResourceChange change, Duration elapsed) {
    }
}
