package dev.sslform.plugin.state;

/**
 * The state lock this run held is gone (PostgreSQL: its database session ended, so the server
 * released the advisory lock and another run may hold it now). Thrown by a write instead of
 * writing: from then on nothing this run does can be recorded safely.
 */
public final class StateLockLostException extends StateException {
    public StateLockLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
