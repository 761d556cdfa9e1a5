package dev.sslform.plugin.state;

/**
 * A stored state that cannot be used: not JSON, missing or mistyped fields, or written by a newer
 * format version. The stored copy is left untouched; the message names where it lives.
 */
public final class CorruptStateException extends StateException {
    public CorruptStateException(String message) {
        super(message);
    }

    public CorruptStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
