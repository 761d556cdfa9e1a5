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
 *
 * <p>The first write that fails (a full disk, a serial conflict, a lost lock) breaks the keeper:
 * from then on {@link #persist} refuses at once without writing ({@link StateWriteStopped}), so
 * no new operation can be recorded and none is started; changes still go into memory
 * ({@link #update}), and {@link #finish} retries the write once at the end.
 */
final class StateKeeper {

    private final StateBackend backend;
    private final Object writeLock = new Object();
    private State current;
    private State stored;
    private long version;
    private long written;
    private volatile RuntimeException broken;
    private volatile RuntimeException firstFailure;

    StateKeeper(StateBackend backend, State base) {
        this.backend = backend;
        this.current = base;
        this.stored = base;
    }

    synchronized void update(UnaryOperator<State> change) {
        current = change.apply(current);
        version++;
    }

    synchronized State current() {
        return current;
    }

    /** The state as last stored (the base before any write). */
    synchronized State stored() {
        return stored;
    }

    /** The first write failure of this apply, even if a retry later succeeded; null if none. */
    RuntimeException brokenOnce() {
        return firstFailure;
    }

    /** The first write failure, or null while every write has succeeded. */
    RuntimeException broken() {
        return broken;
    }

    /**
     * Returns once a state including every change made so far by this thread is stored.
     *
     * @throws StateWriteStopped when this or an earlier write failed
     */
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
            if (broken != null) {
                throw new StateWriteStopped(broken);
            }
            State result;
            try {
                result = backend.write(snapshot);
            } catch (RuntimeException e) {
                broken = e;
                if (firstFailure == null) {
                    firstFailure = e;
                }
                throw new StateWriteStopped(e);
            }
            synchronized (this) {
                stored = result;
                current = current.withSerialAndLineage(result.serial(), result.lineage());
                written = v;
            }
        }
    }

    /** As {@link #persist}, but a failure only breaks the keeper: for what was already done remotely. */
    void tryPersist() {
        try {
            persist();
        } catch (StateWriteStopped e) {
            // recorded in memory; finish() retries, and the caller reports what is not stored
        }
    }

    /** Applies {@code change} and stores it before returning. */
    void write(UnaryOperator<State> change) {
        update(change);
        persist();
    }

    /**
     * At the end of an apply: stores what is in memory. After a failure the write is tried once
     * more (a full disk may have been freed meanwhile). Returns null when everything is stored,
     * else the error of the last attempt.
     */
    RuntimeException finish() {
        synchronized (writeLock) {
            RuntimeException first = broken;
            if (first != null) {
                broken = null;
            }
            try {
                persist();
                return null;
            } catch (StateWriteStopped e) {
                return e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** A write was refused because state can no longer be written; carries the first failure. */
    static final class StateWriteStopped extends RuntimeException {
        StateWriteStopped(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
