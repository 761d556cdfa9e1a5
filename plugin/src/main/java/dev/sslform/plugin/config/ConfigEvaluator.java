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
        checkMetaReferences(diags);
        Map<String, Value> locals = new LinkedHashMap<>();
        for (LocalConfig l : cfg.locals().values()) {
            locals.put(l.name(), session.local(l.name(), l.declRange(), diags));
        }
        for (ResourceConfig r : cfg.resources()) {
            session.expand(r, r.declRange(), diags);
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        for (OutputConfig o : cfg.outputs().values()) {
            for (Condition c : o.preconditions()) {
                session.condition(c, "output." + o.name(), "output." + o.name(), session.root());
            }
            outputs.put(o.name(), evaluator.eval(o.value(), session.root(), diags));
        }
        for (CheckConfig check : cfg.module().checks()) {
            for (Condition c : check.asserts()) {
                session.condition(c, "check." + check.name(), "check." + check.name(), session.scope(EvalSession.InstanceContext.inCheck(check.name())));
            }
        }
        Map<Address, Expansion> ordered = new LinkedHashMap<>();
        for (ResourceConfig r : cfg.resources()) {
            Expansion e = session.expansions().get(r.address());
            if (e != null) {
                ordered.put(r.address(), e);
            }
        }
        Evaluation full = new Evaluation(providers, ordered, locals, outputs, session.outcomes());
        if (cfg.isRedactedCopy()) {
            return full;
        }
        hideProviderSecrets(providers, diags);
        return new Evaluation(providers, ordered, locals, outputs, session.outcomes(), SensitiveParts.of(cfg, full, known, diags));
    }

    /** The values of the provider's sensitive arguments (secret_id, secret_key, security_token) appear in no diagnostic. */
    private void hideProviderSecrets(Map<String, ObjectValue> providers, Diagnostics diags) {
        java.util.List<String> secrets = new java.util.ArrayList<>();
        providers.values().forEach(p -> p.attributes().forEach((k, v) -> {
            var a = cfg.schema().provider().attributes().get(k);
            if (a != null && a.sensitive() && v instanceof StringValue s) {
                secrets.add(s.value());
            }
        }));
        diags.redact(secrets);
    }

    /** depends_on must name declared blocks; provider must name a configured provider (or the default). */
    private void checkMetaReferences(Diagnostics diags) {
        java.util.Set<String> declared = new java.util.HashSet<>();
        cfg.resources().forEach(r -> declared.add(r.address().toString()));
        java.util.Set<String> providers = new java.util.HashSet<>();
        providers.add(cfg.schema().name());
        cfg.providers().forEach(p -> providers.add(p.key()));
        for (OutputConfig o : cfg.outputs().values()) {
            dependsOn("output." + o.name(), o.dependsOn(), o.declRange(), declared, diags);
        }
        for (ResourceConfig r : cfg.resources()) {
            dependsOn(r.address().toString(), r.dependsOn(), r.declRange(), declared, diags);
            if (r.provider() != null && !providers.contains(r.provider())) {
                diags.error("Provider configuration not present", r.address() + " refers to provider \"" + r.provider()
                        + "\", but no provider block configures it. Configured: " + String.join(", ", new java.util.TreeSet<>(providers)) + ".",
                        r.declRange());
            }
        }
    }

    private static void dependsOn(String of, java.util.List<String> deps, dev.sslform.plugin.config.diag.SourceRange at,
                                  java.util.Set<String> declared, Diagnostics diags) {
        for (String dep : deps) {
            String target = dep.replaceAll("\\[.*$", "");
            String[] parts = target.split("\\.");
            String address = parts.length >= 3 && parts[0].equals("data") ? parts[0] + "." + parts[1] + "." + parts[2]
                    : parts.length >= 2 ? parts[0] + "." + parts[1] : target;
            if (!declared.contains(address)) {
                diags.error("Reference to undeclared resource", "depends_on of " + of + " refers to \"" + dep
                        + "\", which is not declared in the root module."
                        + dev.sslform.plugin.config.diag.Suggestions.didYouMean(address, declared), at);
            }
        }
    }

    private void validateVariables(Evaluator evaluator, Diagnostics diags) {
        Scope vars = Scope.of(Map.of("var", new ObjectValue(cfg.variableValues())));
        for (VariableConfig v : cfg.variables().values()) {
            for (VariableConfig.Validation rule : v.validations()) {
                Value ok = evaluator.eval(rule.condition(), Type.BOOL, "the validation condition", vars, diags);
                if (ok instanceof BoolValue b && !b.value()) {
                    Value msg = evaluator.eval(rule.errorMessage(), Type.STRING, "the error message", vars, diags);
                    String text = msg instanceof StringValue s ? s.value() : "The value of var." + v.name() + " is not valid.";
                    if (Sensitivity.refersToSensitive(cfg, rule.errorMessage())) {
                        text = Sensitivity.HIDDEN_MESSAGE;
                    }
                    diags.add(new dev.sslform.plugin.config.diag.Diagnostic(dev.sslform.plugin.config.diag.Severity.ERROR,
                            "Invalid value for variable", text + "\n\nThis was checked by the validation rule at "
                            + rule.range().filename() + ":" + rule.range().start().line() + "," + rule.range().start().column() + ".",
                            rule.condition().range(), ExpressionValues.of(rule.condition(), vars, evaluator, cfg)));
                }
            }
        }
    }
}
