package dev.sslform.plugin.config.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a value to a type the way cty's {@code convert} does for Terraform: strings, numbers
 * and bools convert into each other where the text allows, tuples into lists and sets, objects
 * into maps and narrower objects. Unknowns stay unknown (now typed); null converts to anything.
 */
public final class Convert {
    private Convert() {
    }

    public static Value to(Value v, Type t) throws ConversionException {
        if (t instanceof Type.Any || v instanceof NullValue) {
            return v;
        }
        if (v instanceof UnknownValue) {
            return new UnknownValue(t);
        }
        if (t.equals(Type.STRING)) {
            if (v instanceof StringValue) {
                return v;
            }
            if (v instanceof NumberValue n) {
                return new StringValue(n.text());
            }
            if (v instanceof BoolValue b) {
                return new StringValue(Boolean.toString(b.value()));
            }
            throw new ConversionException("string required, but have " + describe(v));
        }
        if (t.equals(Type.NUMBER)) {
            if (v instanceof NumberValue) {
                return v;
            }
            if (v instanceof StringValue s) {
                try {
                    return new NumberValue(new BigDecimal(s.value().trim()));
                } catch (NumberFormatException e) {
                    throw new ConversionException("a number is required, but have \"" + s.value() + "\"");
                }
            }
            throw new ConversionException("number required, but have " + describe(v));
        }
        if (t.equals(Type.BOOL)) {
            if (v instanceof BoolValue) {
                return v;
            }
            if (v instanceof StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
                return BoolValue.of(s.value().equals("true"));
            }
            throw new ConversionException("bool required, but have " + describe(v));
        }
        if (t instanceof Type.ListOf l) {
            return new ListValue(elements(v, l.element(), "list of " + l.element()));
        }
        if (t instanceof Type.SetOf s) {
            return new SetValue(elements(v, s.element(), "set of " + s.element()));
        }
        if (t instanceof Type.TupleOf tu) {
            List<Value> in = sequence(v, t.toString());
            if (in.size() != tu.elements().size()) {
                throw new ConversionException("tuple required with " + tu.elements().size() + " elements, but have " + in.size());
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                out.add(at("[" + i + "]", in.get(i), tu.elements().get(i)));
            }
            return new ListValue(out);
        }
        if (!(v instanceof ObjectValue o)) {
            throw new ConversionException(t + " required, but have " + describe(v));
        }
        Map<String, Value> out = new LinkedHashMap<>();
        if (t instanceof Type.MapOf m) {
            for (Map.Entry<String, Value> e : o.attributes().entrySet()) {
                out.put(e.getKey(), at("[\"" + e.getKey() + "\"]", e.getValue(), m.element()));
            }
            return new ObjectValue(out);
        }
        Type.ObjectOf ot = (Type.ObjectOf) t;
        for (Map.Entry<String, Type> e : ot.attributes().entrySet()) {
            Value av = o.attributes().get(e.getKey());
            if (av == null) {
                if (!ot.optional().contains(e.getKey())) {
                    throw new ConversionException("attribute \"" + e.getKey() + "\" is required");
                }
                av = NullValue.INSTANCE;
            }
            out.put(e.getKey(), at("." + e.getKey(), av, e.getValue()));
        }
        return new ObjectValue(out);
    }

    private static Value at(String step, Value v, Type t) throws ConversionException {
        try {
            return to(v, t);
        } catch (ConversionException e) {
            String msg = e.getMessage();
            throw new ConversionException(msg.startsWith("[") || msg.startsWith(".")
                    ? step + msg : step + ": " + msg);
        }
    }

    private static List<Value> sequence(Value v, String what) throws ConversionException {
        if (v instanceof ListValue l) {
            return l.elements();
        }
        if (v instanceof SetValue s) {
            return s.elements();
        }
        throw new ConversionException(what + " required, but have " + describe(v));
    }

    private static List<Value> elements(Value v, Type element, String what) throws ConversionException {
        List<Value> in = sequence(v, what);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(at("[" + i + "]", in.get(i), element));
        }
        return out;
    }

    /** "string", "number", "bool", "tuple", "set", "object", "null" — for messages. */
    public static String describe(Value v) {
        return v.typeName();
    }

    /** Whether {@code v} can be converted to {@code t}. */
    public static boolean conforms(Value v, Type t) {
        try {
            to(v, t);
            return true;
        } catch (ConversionException e) {
            return false;
        }
    }
}
