package dev.sslform.plugin.state;

/** Something went wrong reading, writing or locking state. Messages are meant for the user. */
public class StateException extends RuntimeException {
    public StateException(String message) {
        super(message);
    }

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
