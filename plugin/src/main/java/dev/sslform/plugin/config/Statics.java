package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arguments that must be known while loading (a variable's default, description, sensitive; an
 * output's description): evaluated with no names in scope, and references to names in them
 * turned into static traversal text ({@code depends_on}, {@code ignore_changes}, {@code provider}).
 */
final class Statics {
    private final Evaluator evaluator;

    Statics(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value value(Expr e, Diagnostics diags) {
        Diagnostics local = new Diagnostics();
        Value v = evaluator.eval(e, Scope.of(Map.of()), local);
        for (var d : local) {
            if (d.summary().equals("Unknown reference")) {
                diags.error("Variables not allowed", "Variables may not be used here.", d.subject());
            } else {
                diags.add(d);
            }
        }
        return v;
    }

    String string(Attribute a, Diagnostics diags) {
        Value v = evaluator.eval(a.expr(), Type.STRING, "\"" + a.name() + "\"", Scope.of(Map.of()), diags);
        return v instanceof StringValue s ? s.value() : null;
    }

    boolean bool(Attribute a, Diagnostics diags) {
        Value v = evaluator.eval(a.expr(), Type.BOOL, "\"" + a.name() + "\"", Scope.of(Map.of()), diags);
        return v instanceof BoolValue b && b.value();
    }

    /** "a.b.c" for a static reference, or a string literal's text (JSON syntax); null otherwise. */
    static String traversal(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.GetAttr g) {
            String base = traversal(g.object());
            return base == null ? null : base + "." + g.name();
        }
        if (e instanceof Expr.Template t && t.isLiteral() && !t.parts().isEmpty()) {
            return ((StringValue) ((Expr.Literal) t.parts().get(0)).value()).value();
        }
        return null;
    }

    /** The static references in a list expression ({@code depends_on = [a.b, c.d]}). */
    static List<String> traversals(Attribute a, Diagnostics diags) {
        List<String> out = new ArrayList<>();
        if (!(a.expr() instanceof Expr.Tuple t)) {
            diags.error("Invalid expression", "A static list expression is required.", a.expr().range());
            return out;
        }
        for (Expr e : t.elements()) {
            String s = traversal(e);
            if (s == null) {
                diags.error("Invalid expression", "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.", e.range());
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
