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
import java.util.List;
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
        checkMetaReferences(cfg, diags);
        checkCycle(diags);
        Map<String, Value> locals = new LinkedHashMap<>();
        Map<String, Value> outputs = new LinkedHashMap<>();
        Map<Address, Expansion> ordered = new LinkedHashMap<>();
        evaluateModule(session, evaluator, locals, outputs, ordered, diags);
        if (!cfg.isRedactedCopy()) {
            // What can be checked of the import blocks with what is known (validate's pass); the plan expands them with imports().
            new ImportExpander(cfg, session, diags, true).expandAll();
        }
        Map<String, Value> moduleOutputs = new LinkedHashMap<>(outputs);
        moduleOutputs.keySet().removeIf(k -> !k.startsWith("module."));
        outputs.keySet().removeIf(k -> k.startsWith("module."));
        Evaluation full = new Evaluation(providers, ordered, locals, outputs, session.outcomes(), null, moduleOutputs);
        if (cfg.isRedactedCopy()) {
            return full;
        }
        hideProviderSecrets(providers, diags);
        return new Evaluation(providers, ordered, locals, outputs, session.outcomes(), SensitiveParts.of(cfg, full, known, diags), moduleOutputs);
    }

    /**
     * Evaluates one module instance (the root first): its variables' validations, locals,
     * resources and data sources, outputs with their preconditions, checks, and then each module
     * call's instances, recursively. Only the root's locals and outputs are returned.
     */
    private void evaluateModule(EvalSession session, Evaluator evaluator, Map<String, Value> rootLocals, Map<String, Value> rootOutputs,
                                Map<Address, Expansion> ordered, Diagnostics diags) {
        Configuration m = session.configuration();
        boolean root = session.path().isRoot();
        validateVariables(m, session.inputs(), session.path(), evaluator, diags);
        for (LocalConfig l : m.locals().values()) {
            Value v = session.local(l.name(), l.declRange(), diags);
            if (root) {
                rootLocals.put(l.name(), v);
            }
        }
        for (ResourceConfig r : m.resources()) {
            session.expand(r, r.declRange(), diags);
        }
        for (ResourceConfig r : m.resources()) {
            Expansion e = session.expansions().get(r.address());
            if (e != null) {
                ordered.put(session.absolute(r.address()), e); // declaration order, module by module
            }
        }
        String prefix = session.path().prefix();
        for (OutputConfig o : m.outputs().values()) {
            for (Condition c : o.preconditions()) {
                session.condition(c, prefix + "output." + o.name(), session.configAddress("output." + o.name()), session.root());
            }
            Value v = session.output(o.name(), o.declRange(), diags);
            rootOutputs.put(root ? o.name() : prefix + "output." + o.name(), v);
        }
        for (CheckConfig check : m.module().checks()) {
            for (Condition c : check.asserts()) {
                session.condition(c, prefix + "check." + check.name(), session.configAddress("check." + check.name()),
                        session.scope(EvalSession.InstanceContext.inCheck(check.name())));
            }
        }
        for (ModuleCall call : m.module().calls().values()) {
            EvalSession.ModuleExpansion e = session.call(call.name(), call.declRange(), diags);
            if (e != null) {
                for (EvalSession child : e.instances().values()) {
                    evaluateModule(child, evaluator, rootLocals, rootOutputs, ordered, diags);
                }
            }
        }
    }

    /**
     * The objects the {@code import} blocks import, evaluated in the root module's scope with
     * {@code known} (the data sources read): an unknown for_each or id is an error here, as in a
     * Terraform plan. Errors go to {@code diags}; a block with an error imports nothing.
     */
    public java.util.List<ImportInstance> imports(Map<String, Value> known, Diagnostics diags) {
        return new ImportExpander(cfg, new EvalSession(cfg, known, diags), diags, false).expandAll();
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

    /**
     * depends_on must name declared blocks (or module calls); provider (resources, data sources,
     * import blocks) must name a declared provider configuration, or the default one, which exists
     * without a block. In every module.
     */
    private void checkMetaReferences(Configuration cfg, Diagnostics diags) {
        cfg.children().values().forEach(c -> checkMetaReferences(c, diags));
        java.util.Set<String> declared = new java.util.HashSet<>();
        cfg.resources().forEach(r -> declared.add(r.address().toString()));
        cfg.module().calls().keySet().forEach(n -> declared.add("module." + n));
        for (ModuleCall call : cfg.module().calls().values()) {
            dependsOn("module." + call.name(), call.dependsOn(), call.declRange(), declared, diags);
        }
        java.util.Set<String> providers = new java.util.HashSet<>();
        providers.add(cfg.schema().name());
        cfg.providers().forEach(p -> providers.add(p.key()));
        for (OutputConfig o : cfg.outputs().values()) {
            dependsOn("output." + o.name(), o.dependsOn(), o.declRange(), declared, diags);
        }
        for (ResourceConfig r : cfg.resources()) {
            dependsOn(r.address().toString(), r.dependsOn(), r.declRange(), declared, diags);
            if (r.provider() != null && !providers.contains(r.provider())) {
                diags.error("Provider configuration not present", notPresent(r.address().toString(), r.provider()), r.declRange());
            }
        }
        for (ImportBlock i : cfg.module().imports()) {
            if (i.provider() == null) {
                continue;
            }
            // As Terraform (configs.Config): the resource block says which configuration; an import block may only repeat it.
            ResourceConfig target = cfg.resources(ResourceMode.MANAGED).stream()
                    .filter(r -> r.address().equals(i.resource())).findFirst().orElse(null);
            if (target != null && !i.provider().equals(target.provider())) {
                diags.error("Invalid import provider argument", "The provider argument can only be specified in import blocks that will"
                        + " generate configuration.\n\nUse the provider argument in the target resource block to configure the provider"
                        + " for a resource with explicit provider configuration.", i.providerRange());
            } else if (!providers.contains(i.provider())) {
                diags.error("Provider configuration not present", notPresent(i.resource().toString(), i.provider()), i.providerRange());
            }
        }
    }

    /** Resources anywhere in the module tree that depend on themselves: Terraform's "Cycle" error. */
    private void checkCycle(Diagnostics diags) {
        List<Address> cycle = diags.hasErrors() ? List.of() : Dependencies.cycle(cfg);
        if (!cycle.isEmpty()) {
            diags.error("Cycle: " + String.join(", ", cycle.stream().map(Address::toString).toList()),
                    "These resources depend on each other through depends_on (and references), so none of them could be changed"
                            + " first. Remove the dependency that closes the circle.", Dependencies.block(cfg, cycle.get(0)).declRange());
        }
    }

    /** Terraform's detail (terraform.ProviderTransformer) for {@code what} needing a configuration that is not declared. */
    private String notPresent(String what, String key) {
        String name = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String source = name.equals(cfg.schema().name()) ? cfg.schema().source() : "hashicorp/" + name;
        String abs = "provider[\"registry.terraform.io/" + source + "\"]" + (key.contains(".") ? key.substring(key.indexOf('.')) : "");
        return "To work with " + what + " its original provider configuration at " + abs + " is required, but it has been removed."
                + " This occurs when a provider configuration is removed while objects created by that provider still exist in the state."
                + " Re-add the provider configuration to destroy " + what + ", after which you can remove the provider configuration again.";
    }

    private static void dependsOn(String of, java.util.List<String> deps, dev.sslform.plugin.config.diag.SourceRange at,
                                  java.util.Set<String> declared, Diagnostics diags) {
        for (String dep : deps) {
            String target = dep.replaceAll("\\[.*$", "");
            String[] parts = target.split("\\.");
            String address = parts.length >= 3 && parts[0].equals("data") ? parts[0] + "." + parts[1] + "." + parts[2]
                    : parts.length >= 2 && parts[0].equals("module") ? "module." + parts[1]
                    : parts.length >= 2 ? parts[0] + "." + parts[1] : target;
            if (!declared.contains(address)) {
                diags.error("Reference to undeclared resource", "depends_on of " + of + " refers to \"" + dep
                        + "\", which is not declared in this module."
                        + dev.sslform.plugin.config.diag.Suggestions.didYouMean(address, declared), at);
            }
        }
    }

    private void validateVariables(Configuration m, Map<String, Value> values, ModuleAddress path, Evaluator evaluator, Diagnostics diags) {
        Scope vars = Scope.of(Map.of("var", new ObjectValue(values)));
        for (VariableConfig v : m.variables().values()) {
            for (VariableConfig.Validation rule : v.validations()) {
                Value ok = evaluator.eval(rule.condition(), Type.BOOL, "the validation condition", vars, diags);
                if (ok instanceof BoolValue b && !b.value()) {
                    Value msg = evaluator.eval(rule.errorMessage(), Type.STRING, "the error message", vars, diags);
                    String text = msg instanceof StringValue s ? s.value() : "The value of " + path.prefix() + "var." + v.name() + " is not valid.";
                    if (Sensitivity.refersToSensitive(m, rule.errorMessage())) {
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
