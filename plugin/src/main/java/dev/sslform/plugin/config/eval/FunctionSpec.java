package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.Value;
import java.util.List;

/**
 * A built-in function: its name, parameter names (the last repeats when {@code variadic}), how
 * many are required, and its body. When {@code seesUnknowns} is false the function is not called
 * with any argument that contains an unknown: the result is unknown. When true it is called
 * unless a whole argument is unknown, so {@code length} of a list of unknowns is still known.
 */
public record FunctionSpec(String name, List<String> params, int required, boolean variadic, boolean seesUnknowns, Body body) {

    /** The function's body. */
    @FunctionalInterface
    public interface Body {
        Value call(List<Value> args) throws FunctionException;
    }

    public FunctionSpec {
        params = List.copyOf(params);
    }

    static FunctionSpec of(String name, List<String> params, Body body) {
        return new FunctionSpec(name, params, params.size(), false, false, body);
    }

    static FunctionSpec variadic(String name, List<String> params, int required, Body body) {
        return new FunctionSpec(name, params, required, true, false, body);
    }

    FunctionSpec seeingUnknowns() {
        return new FunctionSpec(name, params, required, variadic, true, body);
    }

    FunctionSpec optional(int required) {
        return new FunctionSpec(name, params, required, variadic, seesUnknowns, body);
    }

    String param(int index) {
        return params.isEmpty() ? "arg" : params.get(Math.min(index, params.size() - 1));
    }
}
