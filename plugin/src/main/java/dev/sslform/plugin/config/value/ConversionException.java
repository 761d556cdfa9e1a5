package dev.sslform.plugin.config.value;

/** A value cannot be converted to the requested type; the message says what was expected. */
public final class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message, null, false, false);
    }
}
