package dev.sslform.plugin.state;

/**
 * {@link StateBackend#forceUnlock} refused, and removed nothing: no lock is held, the lock held
 * has another ID, or (PostgreSQL) its holder's session is alive and only it can release the lock.
 * Carries the {@link Reason} and the held lock's info (null when none is held or none was
 * recorded) so the user sees what is there.
 */
public final class ForceUnlockException extends StateException {

    /** Why nothing was removed. */
    public enum Reason {
        NOT_LOCKED, ID_MISMATCH, HELD_BY_LIVE_SESSION
    }

    private final Reason reason;
    private final transient LockInfo holder;

    private ForceUnlockException(Reason reason, String message, LockInfo holder) {
        super(message);
        this.reason = reason;
        this.holder = holder;
    }

    static ForceUnlockException notLocked(String location) {
        return new ForceUnlockException(Reason.NOT_LOCKED, "No lock is held on " + location + ".", null);
    }

    static ForceUnlockException mismatch(String location, String given, LockInfo holder) {
        return new ForceUnlockException(Reason.ID_MISMATCH, "Lock ID \"" + given + "\" does not match the lock held on " + location
                + ", whose ID is \"" + holder.id() + "\". Nothing was removed.\n\n" + holder.describe(), holder);
    }

    /**
     * A PostgreSQL advisory lock held by a live session: {@code pid} is its backend pid (null if it
     * could not be found), {@code client} its address (null if PostgreSQL does not show it).
     */
    static ForceUnlockException liveSession(String location, LockInfo holder, Long pid, String client) {
        String session = pid == null ? "a live PostgreSQL session (not found in pg_locks)"
                : "live PostgreSQL session " + pid + (client == null ? "" : " (client " + client + ")");
        String stop = pid == null ? "Stop that sslform process."
                : "Stop that sslform process, or, as a last resort, run SELECT pg_terminate_backend(" + pid + ") on the database.";
        String message = "The lock on " + location + " is held by " + session + ", which releases it when it ends: an advisory"
                + " lock belongs to its session, and no other session can release it. " + stop + " Nothing was removed.\n\n"
                + (holder == null ? "The session has recorded no lock info." : holder.describe());
        return new ForceUnlockException(Reason.HELD_BY_LIVE_SESSION, message, holder);
    }

    public Reason reason() {
        return reason;
    }

    /** The lock that is held, as recorded; null when none is held or none was recorded. */
    public LockInfo holder() {
        return holder;
    }
}
