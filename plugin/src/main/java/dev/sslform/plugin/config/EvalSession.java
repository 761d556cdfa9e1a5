package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One evaluation of a configuration: resolves references lazily (locals, resources and data
 * sources are evaluated when first referred to, then remembered), detects cycles, and keeps the
 * expansions it produced. Not thread-safe; one per {@link ConfigEvaluator#evaluate} call.
 */
final class EvalSession {
    /** {@code each}, {@code count} and ({@code postcondition} only) {@code self} for the instance being evaluated; null fields when absent. */
    record InstanceContext(Value eachKey, Value eachValue, Value countIndex, Value self, String check) {
        InstanceContext(Value eachKey, Value eachValue, Value countIndex) {
            this(eachKey, eachValue, countIndex, null, null);
        }

        InstanceContext withSelf(Value v) {
            return new InstanceContext(eachKey, eachValue, countIndex, v, check);
        }

        /** The scope of check "name"'s assertions: only they see its scoped data source. */
        static InstanceContext inCheck(String name) {
            return new InstanceContext(null, null, null, null, name);
        }
    }

    /** What every module instance's session of one evaluation shares. */
    static final class Shared {
        final Map<String, Value> known;
        final Diagnostics diags;
        final Set<String> inProgress = new LinkedHashSet<>();
        final java.util.List<ConditionOutcome> outcomes = new java.util.ArrayList<>();
        /** Every expansion of every module instance, by absolute address, in the order they were made. */
        final Map<Address, Expansion> expansions = new LinkedHashMap<>();
        /** True in the evaluation {@link Sensitivity#redacted} makes: sensitive child variables and outputs are unknown. */
        final boolean redacted;

        Shared(Map<String, Value> known, Diagnostics diags, boolean redacted) {
            this.known = known;
            this.diags = diags;
            this.redacted = redacted;
        }
    }

    private final Configuration cfg;
    private final Evaluator evaluator;
    private final Map<String, Value> known;
    private final Diagnostics diags;
    private final Expander expander;
    private final Shared shared;
    /** This module instance's path; the root's is empty. */
    private final ModuleAddress path;
    /** The calling module instance's session, the call and the instance's each/count; null for the root. */
    private final EvalSession parent;
    private final ModuleCall call;
    private final InstanceContext callContext;
    private final Map<String, Value> locals = new HashMap<>();
    private final Map<String, Value> inputs = new HashMap<>();
    private final Map<String, Value> outputValues = new HashMap<>();
    private final Map<Address, Expansion> expansions = new LinkedHashMap<>();
    private final Map<String, ModuleExpansion> calls = new LinkedHashMap<>();

    /** A module call expanded by its count or for_each: one session per instance, by key. */
    record ModuleExpansion(ModuleCall call, boolean known, Map<InstanceKey, EvalSession> instances) {
    }

    EvalSession(Configuration cfg, Map<String, Value> known, Diagnostics diags) {
        this(cfg, new Shared(known, diags, cfg.isRedactedCopy()), ModuleAddress.ROOT, null, null, null);
    }

    private EvalSession(Configuration cfg, Shared shared, ModuleAddress path, EvalSession parent, ModuleCall call, InstanceContext callContext) {
        this.cfg = cfg;
        this.shared = shared;
        this.path = path;
        this.parent = parent;
        this.call = call;
        this.callContext = callContext;
        this.evaluator = cfg.expressionEvaluator();
        this.known = shared.known;
        this.diags = shared.diags;
        this.expander = new Expander(this, evaluator, new BodyEvaluator(evaluator), diags);
    }

    /** This session's expansions, by the blocks' module-relative addresses. */
    Map<Address, Expansion> expansions() {
        return expansions;
    }

    /** Every module instance's expansions, by absolute address. */
    Map<Address, Expansion> allExpansions() {
        return shared.expansions;
    }

    Configuration configuration() {
        return cfg;
    }

    ModuleAddress path() {
        return path;
    }

    /** The address of this module's block {@code a} as seen from the root. */
    Address absolute(Address a) {
        return a.in(path);
    }

    /** The static (key-less) address of this module's block: {@code module.x.type.name}, for conditions' config address. */
    String configAddress(Object local) {
        StringBuilder sb = new StringBuilder();
        for (String n : path.names()) {
            sb.append("module.").append(n).append('.');
        }
        return sb + local.toString();
    }

    /** The values the engine supplied, by instance address. */
    Map<String, Value> known() {
        return known;
    }

    /** Every condition evaluated so far, in evaluation order. */
    java.util.List<ConditionOutcome> outcomes() {
        return shared.outcomes;
    }

    /**
     * Evaluates {@code c} in {@code scope} for the object at {@code object}: true passes, false
     * fails with the evaluated error_message, an unknown result waits for a later evaluation, and
     * an invalid one is an error diagnostic (and the status "error").
     */
    void condition(Condition c, String object, String config, Scope scope) {
        Diagnostics local = new Diagnostics();
        Value ok = evaluator.eval(c.condition(), dev.sslform.plugin.config.value.Type.BOOL, "the condition", scope, local);
        diags.addAll(local);
        ConditionOutcome.Status status;
        String message = null;
        java.util.List<dev.sslform.plugin.config.diag.ExpressionValue> values = java.util.List.of();
        if (local.hasErrors()) {
            status = ConditionOutcome.Status.ERROR;
        } else if (ok instanceof UnknownValue) {
            status = ConditionOutcome.Status.UNKNOWN;
        } else if (ok instanceof NullValue) {
            diags.error("Invalid condition result", "Condition expression must return either true or false, not null.", c.condition().range());
            status = ConditionOutcome.Status.ERROR;
        } else if (ok instanceof dev.sslform.plugin.config.value.BoolValue b && b.value()) {
            status = ConditionOutcome.Status.PASS;
        } else {
            Diagnostics msgDiags = new Diagnostics();
            Value m = evaluator.eval(c.errorMessage(), dev.sslform.plugin.config.value.Type.STRING, "the error message", scope, msgDiags);
            diags.addAll(msgDiags);
            message = m instanceof StringValue sv ? sv.value() : "(the error message could not be evaluated)";
            if (Sensitivity.refersToSensitive(cfg, c.errorMessage())) {
                message = Sensitivity.HIDDEN_MESSAGE; // as Terraform: a message derived from a sensitive value is not shown
            }
            status = ConditionOutcome.Status.FAIL;
            values = ExpressionValues.of(c.condition(), scope, evaluator, cfg);
        }
        shared.outcomes.add(new ConditionOutcome(c, object, config, status, message, values));
    }

    Scope root() {
        return scope(null);
    }

    Scope scope(InstanceContext ctx) {
        return new Scope() {
            @Override
            public Optional<Resolved> resolve(List<String> names, SourceRange range, Diagnostics d) {
                return EvalSession.this.resolve(names, range, d, ctx);
            }

            @Override
            public Set<String> names() {
                Set<String> n = new TreeSet<>(List.of("var", "local", "data", "path", "terraform"));
                if (!cfg.module().calls().isEmpty()) {
                    n.add("module");
                }
                cfg.module().resources().keySet().stream().filter(a -> a.mode() == ResourceMode.MANAGED).forEach(a -> n.add(a.type()));
                if (ctx != null && ctx.eachKey() != null) {
                    n.add("each");
                }
                if (ctx != null && ctx.countIndex() != null) {
                    n.add("count");
                }
                if (ctx != null && ctx.self() != null) {
                    n.add("self");
                }
                return n;
            }
        };
    }

    private boolean enter(String local, SourceRange range, Diagnostics d) {
        String key = path.prefix() + local;
        if (shared.inProgress.contains(key)) {
            d.error("Cycle in references", key + " refers to itself: " + String.join(" → ", shared.inProgress) + " → " + key + ".", range);
            return false;
        }
        shared.inProgress.add(key);
        return true;
    }

    private void leave(String local) {
        shared.inProgress.remove(path.prefix() + local);
    }

    Value local(String name, SourceRange range, Diagnostics d) {
        if (locals.containsKey(name)) {
            return locals.get(name);
        }
        LocalConfig l = cfg.module().locals().get(name);
        if (!enter("local." + name, range, d)) {
            return UnknownValue.DYNAMIC;
        }
        try {
            Value v = evaluator.eval(l.expr(), root(), diags);
            locals.put(name, v);
            return v;
        } finally {
            leave("local." + name);
        }
    }

    Expansion expand(ResourceConfig r, SourceRange from, Diagnostics d) {
        Expansion done = expansions.get(r.address());
        if (done != null) {
            return done;
        }
        if (!enter(r.address().toString(), from, d)) {
            return null;
        }
        try {
            Expansion e = expander.expand(r);
            expansions.put(r.address(), e);
            shared.expansions.put(absolute(r.address()), e);
            return e;
        } finally {
            leave(r.address().toString());
        }
    }

    private Optional<Scope.Resolved> resolve(List<String> names, SourceRange range, Diagnostics d, InstanceContext ctx) {
        String root = names.get(0);
        switch (root) {
            case "var":
                if (parent == null) {
                    return named(names, range, d, "input variable", cfg.variableValues().keySet(), n -> cfg.variableValues().get(n));
                }
                return named(names, range, d, "input variable", cfg.variables().keySet(), n -> input(n, range, d));
            case "module":
                return ModuleReferences.resolve(this, names, range, d);
            case "local":
                return named(names, range, d, "local value", cfg.module().locals().keySet(), n -> local(n, range, d));
            case "each":
                if (ctx == null || ctx.eachKey() == null) {
                    d.error("Reference to \"each\" in context without for_each", "The \"each\" object can be used only in \"resource\" and \"data\" blocks, and only when the \"for_each\" argument is set.", range);
                    return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, names.size()));
                }
                return Optional.of(new Scope.Resolved(new ObjectValue(Map.of("key", ctx.eachKey(), "value", ctx.eachValue())), 1));
            case "count":
                if (ctx == null || ctx.countIndex() == null) {
                    d.error("Reference to \"count\" in non-counted context", "The \"count\" object can only be used in \"resource\" and \"data\" blocks, and only when the \"count\" argument is set.", range);
                    return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, names.size()));
                }
                return Optional.of(new Scope.Resolved(new ObjectValue(Map.of("index", ctx.countIndex())), 1));
            case "self":
                if (ctx == null || ctx.self() == null) {
                    d.error("Invalid \"self\" reference", "The \"self\" object can be used only in a postcondition of a resource or data block.", range);
                    return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 1));
                }
                return Optional.of(new Scope.Resolved(ctx.self(), 1));
            case "path":
                String dir = cfg.dir() == null ? "." : cfg.dir().toString();
                String rootDir = cfg.rootDir() == null ? "." : cfg.rootDir().toString();
                return Optional.of(new Scope.Resolved(new ObjectValue(Map.of("module", new StringValue(dir), "root", new StringValue(rootDir),
                        "cwd", new StringValue(System.getProperty("user.dir")))), 1));
            case "terraform":
                return Optional.of(new Scope.Resolved(new ObjectValue(Map.of("workspace", new StringValue(cfg.workspace()))), 1));
            case "data":
                if (names.size() < 3) {
                    d.error("Invalid data resource reference", "A data resource reference must name the data source type and name, like data.tencentcloud_sqlserver_instances.all.", range);
                    return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, names.size()));
                }
                return resource(new Address(ResourceMode.DATA, names.get(1), names.get(2)), 3, range, d, ctx);
            default:
                boolean declaredType = cfg.module().resources().keySet().stream().anyMatch(a -> a.mode() == ResourceMode.MANAGED && a.type().equals(root));
                if (!declaredType && cfg.schema().resource(root).isEmpty()) {
                    return Optional.empty();
                }
                if (names.size() < 2) {
                    d.error("Invalid reference", "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.", range);
                    return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 1));
                }
                return resource(new Address(ResourceMode.MANAGED, root, names.get(1)), 2, range, d, ctx);
        }
    }

    private Optional<Scope.Resolved> named(List<String> names, SourceRange range, Diagnostics d, String what, Set<String> declared,
                                           java.util.function.Function<String, Value> lookup) {
        if (names.size() < 2) {
            d.error("Invalid reference", "The \"" + names.get(0) + "\" object cannot be accessed directly. Instead, access one of its attributes.", range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 1));
        }
        String name = names.get(1);
        if (!declared.contains(name)) {
            d.error("Reference to undeclared " + what, (what.startsWith("i") ? "An " : "A ") + what + " named \"" + name + "\" has not been declared."
                    + Suggestions.didYouMean(name, declared) + (declared.isEmpty() ? "" : " Declared: " + String.join(", ", new TreeSet<>(declared)) + "."), range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 2));
        }
        return Optional.of(new Scope.Resolved(lookup.apply(name), 2));
    }

    private Optional<Scope.Resolved> resource(Address a, int used, SourceRange range, Diagnostics d, InstanceContext ctx) {
        ResourceConfig r = cfg.module().resources().get(a);
        if (r != null && r.check() != null && (ctx == null || !r.check().equals(ctx.check()))) {
            d.error("Reference to scoped resource", "The referenced data resource \"" + a.type() + "\" \"" + a.name()
                    + "\" is not available from this context: it is declared in check \"" + r.check() + "\", and only that check's"
                    + " assertions may refer to it.", range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, used));
        }
        if (r == null) {
            List<String> same = cfg.module().resources().keySet().stream().filter(x -> x.mode() == a.mode()).map(Address::toString).toList();
            d.error("Reference to undeclared resource", "A " + (a.mode() == ResourceMode.DATA ? "data" : "managed") + " resource \""
                    + a.type() + "\" \"" + a.name() + "\" has not been declared in " + (path.isRoot() ? "the root module" : path) + "."
                    + Suggestions.didYouMean(a.toString(), same), range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, used));
        }
        Expansion e = expand(r, range, d);
        return Optional.of(new Scope.Resolved(e == null ? UnknownValue.DYNAMIC : ReferenceValues.of(e, known), used));
    }

    /** The value of this module instance's input variable {@code name}: the call's argument converted to the variable's type, or its default. */
    Value input(String name, SourceRange range, Diagnostics d) {
        if (inputs.containsKey(name)) {
            return inputs.get(name);
        }
        VariableConfig v = cfg.variables().get(name);
        if (shared.redacted && v.sensitive()) {
            return new UnknownValue(v.type()); // see Sensitivity: what derives from it is sensitive
        }
        dev.sslform.plugin.config.syntax.Attribute arg = call.arguments().get(name);
        Value value;
        if (arg == null) {
            value = v.defaultValue() == null ? new UnknownValue(v.type()) : v.defaultValue(); // a missing argument was reported when loading
        } else {
            if (!enter("var." + name, range, d)) {
                return UnknownValue.DYNAMIC;
            }
            try {
                Value given = evaluator.eval(arg.expr(), parent.scope(callContext), diags);
                value = ModuleInputs.convert(v, given, path, arg.expr().range(), diags);
            } finally {
                leave("var." + name);
            }
        }
        inputs.put(name, value);
        return value;
    }

    /** Every input variable's value (for validation rules). */
    Map<String, Value> inputs() {
        if (parent == null) {
            return cfg.variableValues();
        }
        Map<String, Value> out = new LinkedHashMap<>();
        cfg.variables().values().forEach(v -> out.put(v.name(), input(v.name(), v.declRange(), diags)));
        return out;
    }

    /** The value of this module instance's output {@code name}; unknown in the redacted evaluation when it is sensitive. */
    Value output(String name, SourceRange range, Diagnostics d) {
        if (outputValues.containsKey(name)) {
            return outputValues.get(name);
        }
        OutputConfig o = cfg.outputs().get(name);
        if (!enter("output." + name, range, d)) {
            return UnknownValue.DYNAMIC;
        }
        try {
            Value v = evaluator.eval(o.value(), root(), diags);
            outputValues.put(name, v);
            return v;
        } finally {
            leave("output." + name);
        }
    }

    /** What the calling module sees of an output: sensitive ones are unknown in the redacted evaluation (they carry the mark). */
    Value outputSeenByCaller(String name, SourceRange range, Diagnostics d) {
        Value v = output(name, range, d);
        return shared.redacted && cfg.outputs().get(name).sensitive() ? UnknownValue.DYNAMIC : v;
    }

    /** The object of every output of this module instance, as {@code module.x} is seen by its caller. */
    Value outputsObject(SourceRange range, Diagnostics d) {
        Map<String, Value> m = new LinkedHashMap<>();
        cfg.outputs().keySet().forEach(n -> m.put(n, outputSeenByCaller(n, range, d)));
        return new ObjectValue(m);
    }

    /** The module call {@code name} expanded into instances (each a session), once. */
    ModuleExpansion call(String name, SourceRange from, Diagnostics d) {
        ModuleExpansion done = calls.get(name);
        if (done != null) {
            return done;
        }
        ModuleCall c = cfg.module().calls().get(name);
        Configuration child = cfg.children().get(name);
        if (c == null || child == null) {
            return null;
        }
        if (!enter("module." + name, from, d)) {
            return null;
        }
        try {
            Expander.Keys keys = expander.keys(c.count(), c.forEach());
            Map<InstanceKey, EvalSession> instances = new LinkedHashMap<>();
            keys.instances().forEach((key, ctx) -> instances.put(key, new EvalSession(child, shared, path.child(name, key), this, c, ctx)));
            ModuleExpansion e = new ModuleExpansion(c, keys.known(), instances);
            calls.put(name, e);
            return e;
        } finally {
            leave("module." + name);
        }
    }

    static boolean isNull(Value v) {
        return v instanceof NullValue;
    }
}
