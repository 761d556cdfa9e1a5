package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Expr;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an expression in a {@link Scope} to a {@link Value}. An error is recorded as a
 * diagnostic and evaluates to an unknown, so evaluation carries on and reports every problem,
 * and the unknown does not cause a second error further up. Unknown operands propagate.
 */
public final class Evaluator {
    static final String SPLAT_ITEM = "*";

    private final Functions functions;

    public Evaluator(Functions functions) {
        this.functions = functions;
    }

    public Functions functions() {
        return functions;
    }

    public Value eval(Expr e, Scope scope, Diagnostics diags) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.Template t) {
            return new Templates(this).template(t, scope, diags);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return eval(w.wrapped(), scope, diags);
        }
        if (e instanceof Expr.TemplateIf t) {
            return new Templates(this).part(t, scope, diags);
        }
        if (e instanceof Expr.TemplateFor t) {
            return new Templates(this).part(t, scope, diags);
        }
        if (e instanceof Expr.Variable v) {
            return reference(e, scope, diags);
        }
        if (e instanceof Expr.GetAttr g) {
            return reference(e, scope, diags);
        }
        if (e instanceof Expr.Index i) {
            return index(eval(i.collection(), scope, diags), eval(i.key(), scope, diags), i.range(), diags);
        }
        if (e instanceof Expr.Splat s) {
            return splat(s, scope, diags);
        }
        if (e instanceof Expr.SplatItem s) {
            return scope.resolve(List.of(SPLAT_ITEM), s.range(), diags).map(Scope.Resolved::value)
                    .orElse(UnknownValue.DYNAMIC);
        }
        if (e instanceof Expr.Call c) {
            return new Calls(this).call(c, scope, diags);
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c, scope, diags);
        }
        if (e instanceof Expr.Binary b) {
            return Operators.binary(b, eval(b.left(), scope, diags), eval(b.right(), scope, diags), diags);
        }
        if (e instanceof Expr.Unary u) {
            return Operators.unary(u, eval(u.operand(), scope, diags), diags);
        }
        if (e instanceof Expr.Tuple t) {
            return new ListValue(t.elements().stream().map(x -> eval(x, scope, diags)).toList());
        }
        if (e instanceof Expr.ObjectCons o) {
            return object(o, scope, diags);
        }
        if (e instanceof Expr.Paren p) {
            return eval(p.inner(), scope, diags);
        }
        if (e instanceof Expr.For f) {
            return new ForExpressions(this).eval(f, scope, diags);
        }
        throw new IllegalStateException("unhandled expression " + e);
    }

    /** Evaluates and converts to {@code type}, reporting a conversion failure against the expression. */
    public Value eval(Expr e, Type type, String what, Scope scope, Diagnostics diags) {
        Value v = eval(e, scope, diags);
        try {
            return Convert.to(v, type);
        } catch (ConversionException ex) {
            diags.error("Incorrect value type", "Invalid value for " + what + ": " + ex.getMessage() + ".", e.range());
            return new UnknownValue(type);
        }
    }

    private Value reference(Expr e, Scope scope, Diagnostics diags) {
        LinkedList<String> names = new LinkedList<>();
        Expr cur = e;
        while (cur instanceof Expr.GetAttr g) {
            names.addFirst(g.name());
            cur = g.object();
        }
        if (!(cur instanceof Expr.Variable root)) {
            Value v = eval(cur, scope, diags);
            for (String n : names) {
                v = getAttr(v, n, e.range(), diags);
            }
            return v;
        }
        names.addFirst(root.name());
        Optional<Scope.Resolved> r = scope.resolve(names, e.range(), diags);
        if (r.isEmpty()) {
            diags.error("Unknown reference", "There is nothing named \"" + root.name() + "\" in scope."
                    + Suggestions.didYouMean(root.name(), scope.names())
                    + " In scope: " + String.join(", ", scope.names()) + ".", root.range());
            return UnknownValue.DYNAMIC;
        }
        Value v = r.get().value();
        for (String n : names.subList(r.get().used(), names.size())) {
            v = getAttr(v, n, e.range(), diags);
        }
        return v;
    }

    static Value getAttr(Value v, String name, SourceRange range, Diagnostics diags) {
        if (v instanceof UnknownValue) {
            return UnknownValue.DYNAMIC;
        }
        if (v instanceof ObjectValue o) {
            Value a = o.attributes().get(name);
            if (a == null) {
                diags.error("Unsupported attribute", "This object does not have an attribute named \"" + name + "\"."
                        + Suggestions.didYouMean(name, o.attributes().keySet()), range);
                return UnknownValue.DYNAMIC;
            }
            return a;
        }
        if (v instanceof NullValue) {
            diags.error("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", range);
        } else {
            diags.error("Unsupported attribute", "Can't access attributes on a " + v.typeName() + " value.", range);
        }
        return UnknownValue.DYNAMIC;
    }

    static Value index(Value coll, Value key, SourceRange range, Diagnostics diags) {
        if (coll instanceof UnknownValue || key instanceof UnknownValue) {
            return UnknownValue.DYNAMIC;
        }
        if (coll instanceof ListValue l) {
            if (key instanceof NumberValue n && n.isInteger()) {
                BigDecimal i = n.value();
                if (i.signum() >= 0 && i.compareTo(BigDecimal.valueOf(l.elements().size())) < 0) {
                    return l.elements().get(i.intValue());
                }
                diags.error("Invalid index", "The given key does not identify an element in this collection value: the collection has "
                        + l.elements().size() + " elements.", range);
                return UnknownValue.DYNAMIC;
            }
            if (key instanceof StringValue s && s.value().matches("\\d+")) {
                return index(coll, new NumberValue(new BigDecimal(s.value())), range, diags);
            }
            diags.error("Invalid index", "A number is required to index a list; got " + key.typeName() + ".", range);
            return UnknownValue.DYNAMIC;
        }
        if (coll instanceof ObjectValue o) {
            Value k;
            try {
                k = Convert.to(key, Type.STRING);
            } catch (ConversionException ex) {
                diags.error("Invalid index", "A string key is required to index a map; got " + key.typeName() + ".", range);
                return UnknownValue.DYNAMIC;
            }
            Value v = o.attributes().get(((StringValue) k).value());
            if (v == null) {
                diags.error("Invalid index", "The given key does not identify an element in this collection value."
                        + Suggestions.didYouMean(((StringValue) k).value(), o.attributes().keySet()), range);
                return UnknownValue.DYNAMIC;
            }
            return v;
        }
        String why = coll instanceof SetValue ? "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set."
                : "This value does not have any indices.";
        diags.error("Invalid index", why, range);
        return UnknownValue.DYNAMIC;
    }

    private Value splat(Expr.Splat s, Scope scope, Diagnostics diags) {
        Value source = eval(s.source(), scope, diags);
        if (source instanceof UnknownValue) {
            return UnknownValue.DYNAMIC;
        }
        List<Value> items;
        if (source instanceof NullValue) {
            items = List.of();
        } else if (source instanceof ListValue l) {
            items = l.elements();
        } else if (source instanceof SetValue st) {
            items = st.elements();
        } else {
            items = List.of(source);
        }
        List<Value> out = new ArrayList<>();
        for (Value item : items) {
            out.add(eval(s.each(), scope.with(Map.of(SPLAT_ITEM, item)), diags));
        }
        return new ListValue(out);
    }

    private Value conditional(Expr.Conditional c, Scope scope, Diagnostics diags) {
        Value cond = eval(c.condition(), Type.BOOL, "the condition", scope, diags);
        if (cond instanceof UnknownValue) {
            return UnknownValue.DYNAMIC;
        }
        if (cond instanceof NullValue) {
            diags.error("Null condition", "The condition value is null. Conditions must either be true or false.", c.condition().range());
            return UnknownValue.DYNAMIC;
        }
        return ((BoolValue) cond).value() ? eval(c.then(), scope, diags) : eval(c.otherwise(), scope, diags);
    }

    private Value object(Expr.ObjectCons o, Scope scope, Diagnostics diags) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        boolean unknown = false;
        for (Expr.Item item : o.items()) {
            Value k = eval(item.key(), Type.STRING, "an object key", scope, diags);
            Value v = eval(item.value(), scope, diags);
            if (k instanceof UnknownValue) {
                unknown = true;
            } else if (k instanceof NullValue) {
                diags.error("Invalid object key", "Key expression in object constructor must not be null.", item.key().range());
            } else {
                out.put(((StringValue) k).value(), v);
            }
        }
        return unknown ? UnknownValue.DYNAMIC : new ObjectValue(out);
    }
}
