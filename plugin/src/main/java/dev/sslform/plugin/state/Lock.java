package dev.sslform.plugin.state;

/**
 * A held state lock. Closing it releases the lock; closing twice is harmless. Use with
 * try-with-resources around read-modify-write.
 */
public interface Lock extends AutoCloseable {

    /** What was recorded about this lock when it was taken. */
    LockInfo info();

    /** Releases the lock. */
    @Override
    void close();
}
