package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** toset, tolist, tomap, lookup, merge, concat, length, keys, values, contains, coalesce. */
final class CollectionFunctions {
    private CollectionFunctions() {
    }

    static void register(Map<String, FunctionSpec> m) {
        add(m, FunctionSpec.of("toset", List.of("v"), a -> new SetValue(unify(Args.sequence(a, 0), 0))));
        add(m, FunctionSpec.of("tolist", List.of("v"), a -> new ListValue(unify(Args.sequence(a, 0), 0))).seeingUnknowns());
        add(m, FunctionSpec.of("tomap", List.of("v"), a -> {
            ObjectValue o = Args.map(a, 0);
            List<String> keys = new ArrayList<>(o.attributes().keySet());
            List<Value> vals = unify(new ArrayList<>(o.attributes().values()), 0);
            Map<String, Value> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), vals.get(i));
            }
            return new ObjectValue(out);
        }).seeingUnknowns());
        add(m, FunctionSpec.of("lookup", List.of("inputMap", "key", "default"), a -> {
            ObjectValue o = Args.map(a, 0);
            String key = Args.string(a, 1);
            Value v = o.attributes().get(key);
            if (v != null) {
                return v;
            }
            if (a.size() > 2) {
                return a.get(2);
            }
            throw new FunctionException(1, "the given key \"" + key + "\" does not exist in the map");
        }).optional(2).seeingUnknowns());
        add(m, FunctionSpec.variadic("merge", List.of("maps"), 0, a -> {
            Map<String, Value> out = new LinkedHashMap<>();
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof NullValue)) {
                    out.putAll(Args.map(a, i).attributes());
                }
            }
            return new ObjectValue(out);
        }).seeingUnknowns());
        add(m, FunctionSpec.variadic("concat", List.of("seqs"), 1, a -> {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.addAll(Args.sequence(a, i));
            }
            return new ListValue(out);
        }).seeingUnknowns());
        add(m, FunctionSpec.of("length", List.of("value"), a -> {
            Value v = Args.notNull(a, 0);
            if (v instanceof StringValue s) {
                return NumberValue.of(s.value().codePointCount(0, s.value().length()));
            }
            if (v instanceof ObjectValue o) {
                return NumberValue.of(o.attributes().size());
            }
            if (v instanceof SetValue s && !s.isWhollyKnown()) {
                return new UnknownValue(Type.NUMBER);
            }
            return NumberValue.of(Args.sequence(a, 0).size());
        }).seeingUnknowns());
        add(m, FunctionSpec.of("keys", List.of("inputMap"),
                a -> new ListValue(Args.map(a, 0).attributes().keySet().stream().map(k -> (Value) new StringValue(k)).toList()))
                .seeingUnknowns());
        add(m, FunctionSpec.of("values", List.of("mapping"),
                a -> new ListValue(new ArrayList<>(Args.map(a, 0).attributes().values()))).seeingUnknowns());
        add(m, FunctionSpec.of("contains", List.of("list", "value"), a -> BoolValue.of(Args.sequence(a, 0).contains(a.get(1)))));
        add(m, FunctionSpec.variadic("coalesce", List.of("vals"), 1, a -> {
            for (Value v : a) {
                if (v instanceof UnknownValue) {
                    return UnknownValue.DYNAMIC;
                }
                if (!(v instanceof NullValue) && !(v instanceof StringValue s && s.value().isEmpty())) {
                    return v;
                }
            }
            throw new FunctionException(-1, "no non-null, non-empty-string arguments");
        }).seeingUnknowns());
    }

    private static void add(Map<String, FunctionSpec> m, FunctionSpec spec) {
        m.put(spec.name(), spec);
    }

    /** Elements of a collection must share a type: mixed primitives become strings, as cty unifies them. */
    static List<Value> unify(List<Value> in, int arg) throws FunctionException {
        String type = null;
        boolean mixed = false;
        for (Value v : in) {
            if (v instanceof NullValue || v instanceof UnknownValue) {
                continue;
            }
            if (type != null && !type.equals(v.typeName())) {
                mixed = true;
            }
            type = v.typeName();
        }
        if (!mixed) {
            return in;
        }
        List<Value> out = new ArrayList<>();
        for (Value v : in) {
            try {
                out.add(Convert.to(v, Type.STRING));
            } catch (ConversionException e) {
                throw new FunctionException(arg, "all elements must have the same type; cannot mix " + type + " and " + v.typeName());
            }
        }
        return out;
    }
}
