package dev.sslform.plugin.state;

/**
 * Where state lives. Implementations: {@link LocalStateBackend} (a JSON file) and {@link
 * PgStateBackend} (a PostgreSQL table, one row per workspace).
 *
 * <p>Protocol: {@link #lock} (waiting up to the request's timeout), {@link #read}, change the
 * returned State with its {@code with…} methods, {@link #write} it, close the lock. {@code write}
 * is optimistic: it refuses ({@link StateConflictException}) unless the stored serial and lineage
 * are still those of the State the change was based on, so a writer that skipped the lock still
 * cannot overwrite a newer state.
 */
public interface StateBackend {

    /** The current state; {@link State#empty()} (serial 0, no lineage) when none was ever written. */
    State read();

    /**
     * Stores {@code next}, whose serial and lineage must be those it was read with. The stored
     * state gets serial + 1 and the same lineage (a fresh lineage on the first write).
     *
     * @return the state as stored, with its new serial and lineage
     * @throws StateConflictException when the stored state moved on since {@code next} was read
     */
    State write(State next);

    /**
     * Takes the lock, polling with backoff while another holder has it.
     *
     * @throws StateLockedException after the timeout, carrying the holder's info
     */
    Lock lock(LockRequest request);

    /**
     * Removes a lock its holder can no longer release (Terraform's {@code force-unlock}), but only
     * the lock whose ID is {@code lockId}: the ID is compared on a read made right before removing,
     * so a lock released and taken by someone else since the user saw its ID is left alone.
     *
     * @throws ForceUnlockException when nothing was removed: no lock is held, the held lock has
     *     another ID, or (PostgreSQL) the holder's session is alive and only it can release the lock
     */
    void forceUnlock(String lockId);

    /** Human-readable location, for messages: a file path or {@code postgres:schema/workspace}. */
    String location();
}
