package dev.sslform.plugin.state;

/** A resource address that cannot be parsed; the message quotes the input and says why. */
public final class InvalidAddressException extends IllegalArgumentException {
    public InvalidAddressException(String message) {
        super(message);
    }
}
