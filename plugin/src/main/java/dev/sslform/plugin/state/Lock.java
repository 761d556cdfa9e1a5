package dev.sslform.plugin.state;

/**
 * A held state lock. Closing it releases the lock; closing twice is harmless. Use with
 * try-with-resources around read-modify-write.
 */
public interface Lock extends AutoCloseable {

    /** What was recorded about this lock when it was taken. */
    LockInfo info();

    /**
     * The lock of a process that had died without releasing it, which this lock replaced (local
     * backend: same host, process gone), so the caller can say so; empty normally.
     */
    default java.util.Optional<LockInfo> replacedStale() {
        return java.util.Optional.empty();
    }

    /** Releases the lock. */
    @Override
    void close();
}
