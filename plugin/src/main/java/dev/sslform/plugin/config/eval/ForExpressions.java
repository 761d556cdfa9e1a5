package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code [for …]} and {@code {for …}} expressions, with filtering and {@code ...} grouping. */
final class ForExpressions {
    private final Evaluator evaluator;

    ForExpressions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value eval(Expr.For f, Scope scope, Diagnostics diags) {
        Value coll = evaluator.eval(f.collection(), scope, diags);
        if (coll instanceof UnknownValue) {
            return UnknownValue.DYNAMIC;
        }
        List<Map.Entry<Value, Value>> entries = Iteration.entries(coll);
        if (entries == null) {
            diags.error("Iteration over non-iterable value", "A value of type " + coll.typeName()
                    + " cannot be used as the collection in a 'for' expression.", f.collection().range());
            return UnknownValue.DYNAMIC;
        }
        List<Value> tuple = new ArrayList<>();
        Map<String, Value> object = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        boolean unknown = false;
        for (Map.Entry<Value, Value> e : entries) {
            Map<String, Value> locals = new HashMap<>();
            locals.put(f.valueVar(), e.getValue());
            if (f.keyVar() != null) {
                locals.put(f.keyVar(), e.getKey());
            }
            Scope inner = scope.with(locals);
            if (f.condition() != null) {
                Value cond = evaluator.eval(f.condition(), Type.BOOL, "the 'for' condition", inner, diags);
                if (!(cond instanceof BoolValue b)) {
                    unknown = true;
                    continue;
                }
                if (!b.value()) {
                    continue;
                }
            }
            Value v = evaluator.eval(f.valueExpr(), inner, diags);
            if (f.keyExpr() == null) {
                tuple.add(v);
                continue;
            }
            Value k = evaluator.eval(f.keyExpr(), Type.STRING, "a 'for' key", inner, diags);
            if (!(k instanceof StringValue key)) {
                unknown = true;
                continue;
            }
            if (f.grouping()) {
                groups.computeIfAbsent(key.value(), x -> new ArrayList<>()).add(v);
            } else if (object.putIfAbsent(key.value(), v) != null) {
                diags.error("Duplicate object key", "Two different items produced the key \"" + key.value()
                        + "\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                        f.keyExpr().range());
            }
        }
        if (unknown) {
            return UnknownValue.DYNAMIC;
        }
        if (f.keyExpr() == null) {
            return new ListValue(tuple);
        }
        if (f.grouping()) {
            groups.forEach((k, vs) -> object.put(k, new ListValue(vs)));
        }
        return new ObjectValue(object);
    }
}
