package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.Attribute;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one expression at a time in the root module's scope, as {@code terraform console}
 * does: variables, locals, and resources and data sources with the values the caller knows
 * (from state, or read from the API); everything else about them is unknown. Every expression
 * gets a fresh evaluation, so an error in one never affects the next.
 *
 * <p>sslform's values carry no sensitivity marks, so each expression is evaluated a second time
 * with every sensitive variable unknown (see {@link Sensitivity}): whatever is known in the first result but unknown in
 * the second derives from a sensitive value, and is shown as {@code (sensitive value)}.
 */
public final class ExpressionConsole {
    /** Filename of console input in diagnostics, as Terraform names it. */
    public static final String INPUT = "<console-input>";

    /**
     * An expression's value; the same expression with sensitive inputs unknown; and what is known
     * of its type.
     */
    public record Result(Value value, Value withoutSensitive, ValueShape shape) {
    }

    private static final Set<String> LIST_FUNCTIONS = Set.of("tolist", "split", "keys", "sort", "compact", "distinct",
            "range", "formatlist", "matchkeys", "setunion", "setintersection", "setsubtract", "setproduct");

    private final Configuration cfg;
    private final Configuration redacted;
    private final Map<String, Value> known;

    public ExpressionConsole(Configuration cfg, Map<String, Value> known) {
        this.cfg = cfg;
        this.known = Map.copyOf(known);
        this.redacted = Sensitivity.redacted(cfg);
    }

    /** The value of {@code src}, or null with the problems in {@code diags}. */
    public Result evaluate(String src, Diagnostics diags) {
        Expr e = HclParser.parseExpression(INPUT, src, diags);
        if (diags.hasErrors()) {
            return null;
        }
        Value v = cfg.expressionEvaluator().eval(e, new EvalSession(cfg, known, diags).root(), diags);
        if (diags.hasErrors()) {
            return null;
        }
        Value without = redacted.expressionEvaluator().eval(e, new EvalSession(redacted, known, new Diagnostics()).root(),
                new Diagnostics());
        return new Result(v, without, shape(e));
    }

    private ValueShape shape(Expr e) {
        if (e instanceof Expr.GetAttr g) {
            if (g.object() instanceof Expr.Variable root) {
                return rootShape(root.name(), g.name());
            }
            if (g.object() instanceof Expr.GetAttr inner && inner.object() instanceof Expr.Variable root && root.name().equals("data")) {
                return resourceShape(new Address(ResourceMode.DATA, inner.name(), g.name()));
            }
            return shape(g.object()).member(g.name());
        }
        if (e instanceof Expr.Index i) {
            return shape(i.collection()).member(key(i.key()));
        }
        if (e instanceof Expr.Paren p) {
            return shape(p.inner());
        }
        if (e instanceof Expr.Call c) {
            if (c.name().equals("toset") || (c.name().startsWith("set") && !c.name().equals("setproduct") && LIST_FUNCTIONS.contains(c.name()))) {
                return ValueShape.collection(ValueShape.Kind.SET, ValueShape.ANY);
            }
            if (LIST_FUNCTIONS.contains(c.name())) {
                return ValueShape.collection(ValueShape.Kind.LIST, ValueShape.ANY);
            }
            if (c.name().equals("tomap")) {
                return ValueShape.collection(ValueShape.Kind.MAP, ValueShape.ANY);
            }
        }
        return ValueShape.ANY;
    }

    private ValueShape rootShape(String root, String name) {
        if (root.equals("var")) {
            VariableConfig v = cfg.variables().get(name);
            return v == null ? ValueShape.ANY : ValueShape.of(v.type());
        }
        return resourceShape(new Address(ResourceMode.MANAGED, root, name));
    }

    private ValueShape resourceShape(Address a) {
        ResourceConfig r = cfg.module().resources().get(a);
        if (r == null || r.schema() == null) {
            return ValueShape.ANY;
        }
        Map<String, ValueShape> attrs = new HashMap<>();
        for (Attribute at : r.schema().attributes().values()) {
            attrs.put(at.name(), ValueShape.of(at.type()));
        }
        ValueShape one = ValueShape.object(attrs);
        if (r.count() != null) {
            return ValueShape.uniform(ValueShape.Kind.TUPLE, one);
        }
        return r.forEach() != null ? ValueShape.uniform(ValueShape.Kind.OBJECT, one) : one;
    }

    private static String key(Expr k) {
        if (k instanceof Expr.Literal l) {
            if (l.value() instanceof NumberValue n) {
                return n.text();
            }
            if (l.value() instanceof StringValue s) {
                return s.value();
            }
        }
        return "";
    }
}
