package dev.sslform.plugin.config.value;

/**
 * A configuration value, the result of evaluating an expression: the closed set of shapes cty
 * gives Terraform, narrowed to what sslform needs. Lists and tuples share {@link ListValue};
 * maps and objects share {@link ObjectValue}.
 *
 * <p>{@link UnknownValue} stands for a value known only at plan or apply time (a data source not
 * yet read, a computed attribute). It propagates: an operator or function with an unknown operand
 * yields unknown, so the engine can tell "not yet known" from "wrong".
 */
public sealed interface Value
        permits StringValue, NumberValue, BoolValue, NullValue, ListValue, SetValue, ObjectValue, UnknownValue {

    /** Terraform's word for this value's type: string, number, bool, null, tuple, set, object, unknown. */
    String typeName();

    /** True when neither this value nor anything inside it is unknown. */
    default boolean isWhollyKnown() {
        return true;
    }

    static Value of(String s) {
        return new StringValue(s);
    }

    static Value of(long n) {
        return NumberValue.of(n);
    }

    static Value of(boolean b) {
        return BoolValue.of(b);
    }

    static Value nullValue() {
        return NullValue.INSTANCE;
    }

    static Value unknown() {
        return UnknownValue.DYNAMIC;
    }
}
