package dev.sslform.plugin.state;

/**
 * A write based on a state that is no longer current: someone else wrote a newer serial, or the
 * stored lineage differs. Refused so no one's changes are lost; read again and redo the change.
 */
public final class StateConflictException extends StateException {
    public StateConflictException(String message) {
        super(message);
    }
}
