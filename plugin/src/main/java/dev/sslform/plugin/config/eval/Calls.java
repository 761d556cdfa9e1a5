package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Function calls: lookup, arity, argument expansion, unknown short-circuit, and can/try. */
final class Calls {
    private final Evaluator evaluator;

    Calls(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value call(Expr.Call c, Scope scope, Diagnostics diags) {
        if (c.name().equals("can") || c.name().equals("try")) {
            return guarded(c, scope, diags);
        }
        Optional<FunctionSpec> found = evaluator.functions().get(c.name());
        if (found.isEmpty()) {
            diags.error("Call to unknown function", "There is no function named \"" + c.name() + "\"."
                    + Suggestions.didYouMean(c.name(), evaluator.functions().names()), c.nameRange());
            c.args().forEach(a -> evaluator.eval(a, scope, diags));
            return UnknownValue.DYNAMIC;
        }
        FunctionSpec spec = found.get();
        List<Value> args = new ArrayList<>();
        List<SourceRange> ranges = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            Value v = evaluator.eval(a, scope, diags);
            if (c.expandLast() && i == c.args().size() - 1) {
                if (v instanceof UnknownValue) {
                    return UnknownValue.DYNAMIC;
                }
                List<Value> items = v instanceof ListValue l ? l.elements() : v instanceof SetValue s ? s.elements() : null;
                if (items == null) {
                    diags.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", a.range());
                    return UnknownValue.DYNAMIC;
                }
                items.forEach(x -> {
                    args.add(x);
                    ranges.add(a.range());
                });
            } else {
                args.add(v);
                ranges.add(a.range());
            }
        }
        int max = spec.variadic() ? Integer.MAX_VALUE : spec.params().size();
        if (args.size() < spec.required() || args.size() > max) {
            boolean few = args.size() < spec.required();
            diags.error(few ? "Not enough function arguments" : "Too many function arguments",
                    "Function \"" + spec.name() + "\" expects " + (spec.variadic() ? "at least " + spec.required() : spec.required() == max
                            ? String.valueOf(max) : spec.required() + " to " + max) + " argument(s); got " + args.size() + ".", c.range());
            return UnknownValue.DYNAMIC;
        }
        for (Value v : args) {
            if (spec.seesUnknowns() ? v instanceof UnknownValue : !v.isWhollyKnown()) {
                return UnknownValue.DYNAMIC;
            }
        }
        try {
            return spec.body().call(args);
        } catch (FunctionException e) {
            if (e.argument() >= 0 && e.argument() < ranges.size()) {
                diags.error("Invalid function argument", "Invalid value for \"" + spec.param(e.argument()) + "\" parameter: "
                        + e.getMessage() + ".", ranges.get(e.argument()));
            } else {
                diags.error("Error in function call", "Call to function \"" + spec.name() + "\" failed: " + e.getMessage() + ".", c.range());
            }
            return UnknownValue.DYNAMIC;
        } catch (RuntimeException e) {
            diags.error("Error in function call", "Call to function \"" + spec.name() + "\" failed: " + e + ".", c.range());
            return UnknownValue.DYNAMIC;
        }
    }

    /** can(expr) is true when expr evaluates without error; try(a, b, …) is the first that does. */
    private Value guarded(Expr.Call c, Scope scope, Diagnostics diags) {
        boolean can = c.name().equals("can");
        if (can ? c.args().size() != 1 : c.args().isEmpty()) {
            diags.error(c.args().isEmpty() ? "Not enough function arguments" : "Too many function arguments",
                    "Function \"" + c.name() + "\" expects " + (can ? "1 argument" : "at least 1 argument") + ".", c.range());
            return UnknownValue.DYNAMIC;
        }
        for (Expr a : c.args()) {
            Diagnostics local = new Diagnostics();
            Value v = evaluator.eval(a, scope, local);
            if (!local.hasErrors()) {
                if (v instanceof UnknownValue) {
                    return UnknownValue.DYNAMIC;
                }
                return can ? BoolValue.TRUE : v;
            }
        }
        if (can) {
            return BoolValue.FALSE;
        }
        diags.error("Error in function call", "Call to function \"try\" failed: no expression succeeded.", c.range());
        return UnknownValue.DYNAMIC;
    }
}
