package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.ExpressionValue;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the references of a failed expression held, for the diagnostic that reports it, as
 * Terraform computes the values under a snippet: every traversal in the expression
 * ({@code var.days}, {@code self.encryption}, {@code local.m["k"]}) of two steps or more, shortened
 * from the end until it evaluates; each stated compactly ({@code is "abc"}, {@code is 3},
 * {@code is list of string with 2 elements}, {@code is null}). A value derived from a sensitive
 * variable, and an unknown one, is left out, as Terraform leaves them out of diagnostics not
 * caused by them.
 */
public final class ExpressionValues {
    private ExpressionValues() {
    }

    public static List<ExpressionValue> of(Expr expr, Scope scope, Evaluator evaluator, Configuration cfg) {
        List<Expr> traversals = new ArrayList<>();
        collect(expr, traversals);
        Map<String, ExpressionValue> out = new LinkedHashMap<>();
        for (Expr t : traversals) {
            for (Expr step = t; step != null && !(step instanceof Expr.Variable); step = parent(step)) {
                Diagnostics ignored = new Diagnostics();
                Value v;
                try {
                    v = evaluator.eval(step, scope, ignored);
                } catch (RuntimeException e) {
                    continue;
                }
                if (ignored.hasErrors()) {
                    continue;
                }
                String name = text(step);
                if (!out.containsKey(name) && !(v instanceof UnknownValue) && (cfg == null || !Sensitivity.refersToSensitive(cfg, step))) {
                    out.put(name, new ExpressionValue(name, "is " + compact(v)));
                }
                break;
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The maximal traversals in {@code e}, and those in the keys of indexes that are not literal. */
    private static void collect(Expr e, List<Expr> out) {
        if (e == null) {
            return;
        }
        if (isTraversal(e)) {
            out.add(e);
            return;
        }
        if (e instanceof Expr.Index i && isTraversal(i.collection())) {
            out.add(i.collection());
            collect(i.key(), out);
            return;
        }
        for (var c : e.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(e);
            } catch (ReflectiveOperationException ex) {
                continue;
            }
            children(v, out);
        }
    }

    private static void children(Object v, List<Expr> out) {
        if (v instanceof Expr x) {
            collect(x, out);
        } else if (v instanceof Expr.Item item) {
            collect(item.key(), out);
            collect(item.value(), out);
        } else if (v instanceof List<?> l) {
            l.forEach(o -> children(o, out));
        }
    }

    private static boolean isTraversal(Expr e) {
        return e instanceof Expr.Variable
                || e instanceof Expr.GetAttr g && isTraversal(g.object())
                || e instanceof Expr.Index i && i.key() instanceof Expr.Literal && isTraversal(i.collection());
    }

    private static Expr parent(Expr e) {
        return e instanceof Expr.GetAttr g ? g.object() : e instanceof Expr.Index i ? i.collection() : null;
    }

    private static String text(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.GetAttr g) {
            return text(g.object()) + "." + g.name();
        }
        Expr.Index i = (Expr.Index) e;
        Value key = ((Expr.Literal) i.key()).value();
        return text(i.collection()) + "[" + (key instanceof StringValue || key instanceof NumberValue || key instanceof BoolValue ? compact(key) : "...") + "]";
    }

    /** Terraform's {@code CompactValueStr}: never an element of a collection, only its size or a primitive. */
    static String compact(Value v) {
        if (v instanceof NullValue) {
            return "null";
        }
        if (v instanceof BoolValue b) {
            return String.valueOf(b.value());
        }
        if (v instanceof NumberValue n) {
            return number(n.value());
        }
        if (v instanceof StringValue s) {
            return goQuoted(s.value());
        }
        if (v instanceof ListValue l) {
            return sized("tuple", l.elements().size());
        }
        if (v instanceof SetValue s) {
            return sized("set", s.elements().size());
        }
        if (v instanceof ObjectValue o) {
            int n = o.attributes().size();
            return n == 0 ? "object with no attributes"
                    : n == 1 ? "object with 1 attribute " + goQuoted(o.attributes().keySet().iterator().next())
                    : "object with " + n + " attributes";
        }
        return v.typeName();
    }

    private static String sized(String type, int n) {
        return n == 0 ? "empty " + type : n == 1 ? type + " with 1 element" : type + " with " + n + " elements";
    }

    /** Go's {@code %g} with 10 significant digits: 3, 1.5, 1.234567891e+10. */
    private static String number(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal r = d.round(new MathContext(10)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 10) {
            BigDecimal mantissa = r.movePointLeft(exp).stripTrailingZeros();
            return mantissa.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return r.toPlainString();
    }

    private static String goQuoted(String s) {
        return dev.sslform.plugin.config.format.GoQuote.quote(s);
    }
}
