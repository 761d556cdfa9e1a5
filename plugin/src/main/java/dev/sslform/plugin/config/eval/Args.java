package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.util.List;

/** Argument coercion for function bodies; failures name the argument. */
final class Args {
    private Args() {
    }

    static String string(List<Value> args, int i) throws FunctionException {
        Value v = notNull(args, i);
        try {
            return ((StringValue) Convert.to(v, Type.STRING)).value();
        } catch (ConversionException e) {
            throw new FunctionException(i, "string required, but have " + v.typeName());
        }
    }

    static NumberValue number(List<Value> args, int i) throws FunctionException {
        Value v = notNull(args, i);
        try {
            return (NumberValue) Convert.to(v, Type.NUMBER);
        } catch (ConversionException e) {
            throw new FunctionException(i, "number required, but have " + v.typeName());
        }
    }

    static List<Value> sequence(List<Value> args, int i) throws FunctionException {
        Value v = notNull(args, i);
        if (v instanceof ListValue l) {
            return l.elements();
        }
        if (v instanceof SetValue s) {
            return s.elements();
        }
        throw new FunctionException(i, "list or set required, but have " + v.typeName());
    }

    static ObjectValue map(List<Value> args, int i) throws FunctionException {
        Value v = notNull(args, i);
        if (v instanceof ObjectValue o) {
            return o;
        }
        throw new FunctionException(i, "map or object required, but have " + v.typeName());
    }

    static Value notNull(List<Value> args, int i) throws FunctionException {
        Value v = args.get(i);
        if (v instanceof NullValue) {
            throw new FunctionException(i, "argument must not be null");
        }
        return v;
    }
}
