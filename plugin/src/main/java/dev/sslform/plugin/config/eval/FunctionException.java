package dev.sslform.plugin.config.eval;

/**
 * A function refused its arguments. {@code argument} is the index of the argument at fault, or
 * -1 when the call as a whole failed; the evaluator turns this into a positioned diagnostic.
 */
public final class FunctionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int argument;

    public FunctionException(int argument, String message) {
        super(message, null, false, false);
        this.argument = argument;
    }

    public int argument() {
        return argument;
    }
}
