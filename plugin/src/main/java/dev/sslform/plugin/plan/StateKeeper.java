package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.util.function.UnaryOperator;

/**
 * The state an apply holds, shared by its workers: changes are made in memory under one lock and
 * written with group commit. A worker that must know its change is stored ({@link #persist})
 * either writes the latest state itself or waits for the write already under way to finish and,
 * if that write did not include its change, writes again. So every recorded operation is on disk
 * before the worker goes on, yet 50 workers recording at once cost a few writes, not 50.
 */
final class StateKeeper {

    private final StateBackend backend;
    private final Object writeLock = new Object();
    private State current;
    private long version;
    private long written;

    StateKeeper(StateBackend backend, State base) {
        this.backend = backend;
        this.current = base;
    }

    synchronized void update(UnaryOperator<State> change) {
        current = change.apply(current);
        version++;
    }

    synchronized State current() {
        return current;
    }

    /** Returns once a state including every change made so far by this thread is stored. */
    void persist() {
        long mine;
        synchronized (this) {
            mine = version;
        }
        synchronized (writeLock) {
            State snapshot;
            long v;
            synchronized (this) {
                if (written >= mine) {
                    return;
                }
                snapshot = current;
                v = version;
            }
            State stored = backend.write(snapshot);
            synchronized (this) {
                current = current.withSerialAndLineage(stored.serial(), stored.lineage());
                written = v;
            }
        }
    }

    /** Applies {@code change} and stores it before returning. */
    void write(UnaryOperator<State> change) {
        update(change);
        persist();
    }
}
