package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a {@link Configuration} into an {@link Evaluation}. The engine calls it with what it
 * knows: values keyed by instance address ({@code data.tencentcloud_sqlserver_instances.all},
 * {@code tencentcloud_x.y["k"]}). Whatever is not supplied is unknown where it is computed, so
 * a first call (before any data source is read) expands what it can and marks the rest unknown,
 * and a second call with the data sources' values expands everything.
 */
public final class ConfigEvaluator {
    private final Configuration cfg;

    ConfigEvaluator(Configuration cfg) {
        this.cfg = cfg;
    }

    public Evaluation evaluate(Map<String, Value> known, Diagnostics diags) {
        EvalSession session = new EvalSession(cfg, known, diags);
        Evaluator evaluator = cfg.expressionEvaluator();
        BodyEvaluator bodies = new BodyEvaluator(evaluator);
        Map<String, ObjectValue> providers = new LinkedHashMap<>();
        for (ProviderConfig p : cfg.providers()) {
            providers.put(p.key(), bodies.eval(p.body(), cfg.schema().provider(), p.declRange(), session.root(), diags));
        }
        validateVariables(evaluator, diags);
        Map<String, Value> locals = new LinkedHashMap<>();
        for (LocalConfig l : cfg.locals().values()) {
            locals.put(l.name(), session.local(l.name(), l.declRange(), diags));
        }
        for (ResourceConfig r : cfg.resources()) {
            session.expand(r, r.declRange(), diags);
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        for (OutputConfig o : cfg.outputs().values()) {
            outputs.put(o.name(), evaluator.eval(o.value(), session.root(), diags));
        }
        Map<Address, Expansion> ordered = new LinkedHashMap<>();
        for (ResourceConfig r : cfg.resources()) {
            Expansion e = session.expansions().get(r.address());
            if (e != null) {
                ordered.put(r.address(), e);
            }
        }
        return new Evaluation(providers, ordered, locals, outputs);
    }

    private void validateVariables(Evaluator evaluator, Diagnostics diags) {
        Scope vars = Scope.of(Map.of("var", new ObjectValue(cfg.variableValues())));
        for (VariableConfig v : cfg.variables().values()) {
            for (VariableConfig.Validation rule : v.validations()) {
                Value ok = evaluator.eval(rule.condition(), Type.BOOL, "the validation condition", vars, diags);
                if (ok instanceof BoolValue b && !b.value()) {
                    Value msg = evaluator.eval(rule.errorMessage(), Type.STRING, "the error message", vars, diags);
                    String text = msg instanceof StringValue s ? s.value() : "The value of var." + v.name() + " is not valid.";
                    diags.error("Invalid value for variable", text + "\n\nThis was checked by the validation rule at "
                            + rule.range().filename() + ":" + rule.range().start().line() + "," + rule.range().start().column() + ".",
                            rule.condition().range());
                }
            }
        }
    }
}
