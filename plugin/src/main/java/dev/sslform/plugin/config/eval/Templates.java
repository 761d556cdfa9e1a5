package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** String templates: interpolations converted to strings and concatenated, and the if/for directives. */
final class Templates {
    private static final UnknownValue UNKNOWN_STRING = new UnknownValue(Type.STRING);
    private final Evaluator evaluator;

    Templates(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value template(Expr.Template t, Scope scope, Diagnostics diags) {
        StringBuilder sb = new StringBuilder();
        boolean unknown = false;
        for (Expr p : t.parts()) {
            Value v = part(p, scope, diags);
            if (v instanceof StringValue s) {
                sb.append(s.value());
            } else {
                unknown = true;
            }
        }
        return unknown ? UNKNOWN_STRING : new StringValue(sb.toString());
    }

    Value part(Expr p, Scope scope, Diagnostics diags) {
        if (p instanceof Expr.TemplateIf i) {
            Value cond = evaluator.eval(i.condition(), Type.BOOL, "the template condition", scope, diags);
            if (!(cond instanceof BoolValue b)) {
                if (cond instanceof NullValue) {
                    diags.error("Invalid template if directive", "The condition value is null.", i.condition().range());
                }
                return UNKNOWN_STRING;
            }
            if (b.value()) {
                return template(i.then(), scope, diags);
            }
            return i.otherwise() == null ? new StringValue("") : template(i.otherwise(), scope, diags);
        }
        if (p instanceof Expr.TemplateFor f) {
            Value coll = evaluator.eval(f.collection(), scope, diags);
            if (coll instanceof UnknownValue) {
                return UNKNOWN_STRING;
            }
            List<Map.Entry<Value, Value>> entries = Iteration.entries(coll);
            if (entries == null) {
                diags.error("Invalid template for directive", "A for directive needs a collection; got " + coll.typeName() + ".",
                        f.collection().range());
                return UNKNOWN_STRING;
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<Value, Value> e : entries) {
                Map<String, Value> locals = new HashMap<>();
                locals.put(f.valueVar(), e.getValue());
                if (f.keyVar() != null) {
                    locals.put(f.keyVar(), e.getKey());
                }
                Value v = template(f.body(), scope.with(locals), diags);
                if (!(v instanceof StringValue s)) {
                    return UNKNOWN_STRING;
                }
                sb.append(s.value());
            }
            return new StringValue(sb.toString());
        }
        Value v = evaluator.eval(p, scope, diags);
        if (v instanceof UnknownValue) {
            return UNKNOWN_STRING;
        }
        if (v instanceof NullValue) {
            diags.error("Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", p.range());
            return UNKNOWN_STRING;
        }
        try {
            return Convert.to(v, Type.STRING);
        } catch (ConversionException e) {
            diags.error("Invalid template interpolation value", "Cannot include the given value in a string template: string required, but have " + v.typeName() + ".", p.range());
            return UNKNOWN_STRING;
        }
    }
}
