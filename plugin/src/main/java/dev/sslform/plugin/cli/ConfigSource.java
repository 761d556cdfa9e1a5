package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.Evaluation;
import dev.sslform.plugin.config.InstanceKey;
import dev.sslform.plugin.config.LoadRequest;
import dev.sslform.plugin.config.LoadResult;
import dev.sslform.plugin.config.ResourceInstance;
import dev.sslform.plugin.config.ResourceMode;
import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.value.ValueJson;
import dev.sslform.plugin.plan.DataRequest;
import dev.sslform.plugin.plan.DesiredConfig;
import dev.sslform.plugin.plan.DesiredInstance;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge from the configuration language to the planner: loads a directory with {@code
 * config/}, evaluates it once for the data sources, and again with their results for the
 * resource instances, converting {@code Value}s to plain JSON maps. Null arguments (computed
 * attributes the user did not set) are left out.
 */
public final class ConfigSource implements DesiredConfig {

    // Floats as BigDecimal: an output or argument keeps every digit the configuration gave it.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final LoadResult loaded;
    private final Diagnostics diags;
    private Map<String, Value> lastData = Map.of();
    /** The evaluation with nothing known yet, made once: provider, data sources and (without data sources) resources read it. */
    private Evaluation base;
    /** The evaluation {@link #resources} made: its preconditions and data postconditions are the planner's {@link #problems}. */
    private Evaluation planned;
    /** The last evaluation {@link #outputs(Map)} made: its postconditions, output preconditions and checks. */
    private Evaluation after;
    /** How many of {@link #diags} were already handed out (printed by the command or returned by {@link #problems}). */
    private int reported;
    /** The configuration diagnostics handed to the planner as its own (it shows them), so the command does not show them again. */
    private final java.util.Set<dev.sslform.plugin.config.diag.Diagnostic> handedToPlanner = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Where in the configuration the diagnostics handed to the planner are about (conditions, late evaluation errors). */
    private final Map<dev.sslform.plugin.provider.Diagnostic, ConditionReport.Origin> origins =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One output's planned value: JSON-like, unknown until apply, or sensitive. */
    public record OutputValue(Object value, boolean known, boolean sensitive) {
    }

    private ConfigSource(LoadResult loaded) {
        this.loaded = loaded;
        this.diags = loaded.diagnostics();
    }

    public static ConfigSource load(Path dir, List<VarSource> vars, Map<String, String> env) {
        return new ConfigSource(new ConfigLoader(TencentCloudSchemas.schema())
                .load(LoadRequest.directory(dir).withVars(vars).withEnv(env)));
    }

    public Diagnostics diagnostics() {
        return diags;
    }

    /**
     * Evaluates the configuration once with nothing known, so that what only evaluation finds (a
     * failed variable validation, a bad reference) is among {@link #diagnostics()} before any
     * planning starts. Returns those diagnostics; they count as reported.
     */
    public Diagnostics evaluateEarly() {
        if (!diags.hasErrors() && loaded.configuration() != null) {
            base();
        }
        reported = diags.size();
        return diags;
    }

    /** The loaded configuration (null when it failed to load): for checks on what it declares ({@code import}). */
    dev.sslform.plugin.config.Configuration configuration() {
        return loaded.configuration();
    }

    /** The moved blocks, for the planner (applied to the prior state before planning). */
    @Override
    public List<dev.sslform.plugin.plan.MoveStatement> moves() {
        if (loaded.configuration() == null) {
            return List.of();
        }
        return loaded.configuration().module().moved().stream().map(m -> new dev.sslform.plugin.plan.MoveStatement(
                dev.sslform.plugin.state.Targetable.parse(m.from()), dev.sslform.plugin.state.Targetable.parse(m.to()), m.declaredAt())).toList();
    }

    /**
     * The objects the import blocks import, for the planner: evaluated in the root module's scope
     * with the data sources read, so an id or for_each may come from variables, locals, data
     * sources and functions. Evaluation errors come back as the planner's diagnostics.
     */
    @Override
    public dev.sslform.plugin.plan.Imports.Declared imports(Map<ResourceAddress, Map<String, Object>> data) {
        if (loaded.configuration() == null || loaded.configuration().module().imports().isEmpty()) {
            return dev.sslform.plugin.plan.Imports.Declared.NONE;
        }
        Map<String, Value> known = new LinkedHashMap<>();
        data.forEach((a, v) -> known.put(a.toString(), ValueJson.fromJson(JSON.valueToTree(v))));
        List<dev.sslform.plugin.plan.ImportStatement> out = new ArrayList<>();
        long errors = diags.errorCount();
        for (var i : loaded.configuration().evaluator().imports(known, diags)) {
            out.add(new dev.sslform.plugin.plan.ImportStatement(address(i.to()), i.id(), i.block().declaredAt()));
        }
        if (diags.errorCount() > errors) {
            // The errors stay the configuration's, which the command prints with their source ranges; the planner only stops.
            lateDiagnostics(false);
            return new dev.sslform.plugin.plan.Imports.Declared(List.of(), List.of(), true);
        }
        return new dev.sslform.plugin.plan.Imports.Declared(out, lateDiagnostics(), false);
    }

    /** What each resource block depends on, for the order of apply ({@link dev.sslform.plugin.config.Dependencies}). */
    @Override
    public Map<ResourceAddress, List<ResourceAddress>> dependencies() {
        if (loaded.configuration() == null) {
            return Map.of();
        }
        Map<ResourceAddress, List<ResourceAddress>> out = new LinkedHashMap<>();
        dev.sslform.plugin.config.Dependencies.of(loaded.configuration()).forEach((a, deps) -> out.put(resource(a),
                deps.stream().map(ConfigSource::resource).toList()));
        return out;
    }

    private static ResourceAddress resource(dev.sslform.plugin.config.Address a) {
        return ConfigAddresses.state(a.instance(InstanceKey.NONE));
    }

    /** The removed blocks, for the planner (applied after the moves). */
    @Override
    public List<dev.sslform.plugin.plan.RemovedStatement> removed() {
        if (loaded.configuration() == null) {
            return List.of();
        }
        return loaded.configuration().module().removed().stream().map(m -> new dev.sslform.plugin.plan.RemovedStatement(
                dev.sslform.plugin.state.Targetable.parse(m.from()), m.destroy(), m.declaredAt())).toList();
    }

    /** Where the module call {@code module} is an instance of is declared, for the planner's moved and removed checks. */
    @Override
    public String moduleDeclaredAt(dev.sslform.plugin.state.ModulePath module) {
        if (loaded.configuration() == null || module.isRoot()) {
            return null;
        }
        return ConfigAddresses.module(loaded.configuration(), module.parent()).map(c -> c.module().calls().get(module.last().name()))
                .map(call -> call.declRange().filename() + ":" + call.declRange().start().line() + "," + call.declRange().start().column())
                .orElse(null);
    }

    /** The lifecycle rules of a resource block, for the planner (prevent_destroy, ignore_changes). */
    @Override
    public dev.sslform.plugin.plan.LifecycleRules lifecycle(ResourceAddress resource) {
        if (loaded.configuration() == null) {
            return dev.sslform.plugin.plan.LifecycleRules.NONE;
        }
        return ConfigAddresses.resource(loaded.configuration(), resource).map(r -> {
            var lc = r.lifecycle();
            var at = r.declRange();
            return new dev.sslform.plugin.plan.LifecycleRules(lc.preventDestroy(), lc.ignoreChanges(),
                    at.filename() + ":" + at.start().line() + "," + at.start().column());
        }).orElse(dev.sslform.plugin.plan.LifecycleRules.NONE);
    }

    /**
     * What the planner must report after {@link #resources}: failed preconditions (resources and
     * data sources), failed data postconditions, and any evaluation error found since the
     * configuration's diagnostics were printed.
     */
    @Override
    public List<dev.sslform.plugin.provider.Diagnostic> problems() {
        List<dev.sslform.plugin.provider.Diagnostic> out = new ArrayList<>(lateDiagnostics());
        if (planned != null) {
            // Only the objects' own conditions: outputs and checks are evaluated on the planned values (conditionDiagnostics).
            out.addAll(located(ConditionReport.located(planned.conditions().stream()
                    .filter(o -> !o.isOutput() && !o.isCheck()).toList())));
        }
        return out;
    }

    /**
     * Evaluates the configuration with {@code objects} (planned values, where
     * {@link Values#UNKNOWN} marks what only apply can tell, or the state an apply wrote) and
     * returns the failed postconditions and output preconditions (errors) and failed check
     * assertions (warnings), plus evaluation errors not yet reported. A condition that depends on
     * an unknown value is left for the evaluation after apply, as Terraform leaves it.
     */
    public List<dev.sslform.plugin.provider.Diagnostic> conditionDiagnostics(Map<ResourceAddress, Map<String, Object>> objects) {
        List<dev.sslform.plugin.provider.Diagnostic> out = new ArrayList<>(lateDiagnostics());
        if (diags.hasErrors() || loaded.configuration() == null || !hasConditions()) {
            return out;
        }
        Map<String, Value> known = new LinkedHashMap<>(lastData);
        objects.forEach((a, attrs) -> known.put(a.toString(), withUnknowns(attrs)));
        after = loaded.configuration().evaluator().evaluate(known, new Diagnostics());
        List<dev.sslform.plugin.config.ConditionOutcome> relevant = after.conditions().stream()
                .filter(o -> o.condition().kind() != dev.sslform.plugin.config.Condition.Kind.PRECONDITION
                        || o.isOutput()).toList();
        out.addAll(located(ConditionReport.located(relevant)));
        return out;
    }

    /** A resource's attributes as a value, {@link Values#UNKNOWN} becoming an unknown value. */
    private static Value withUnknowns(Map<String, Object> attrs) {
        Map<String, Value> m = new LinkedHashMap<>();
        attrs.forEach((k, v) -> m.put(k, v == Values.UNKNOWN ? dev.sslform.plugin.config.value.UnknownValue.DYNAMIC
                : ValueJson.fromJson(JSON.valueToTree(v))));
        return new ObjectValue(m);
    }

    /** Every condition outcome of the last evaluation (for plan JSON's checks), or empty. */
    public List<dev.sslform.plugin.config.ConditionOutcome> conditionOutcomes() {
        Evaluation e = after != null ? after : planned != null ? planned : base;
        return e == null ? List.of() : e.conditions();
    }

    /** Whether {@code d}, a configuration diagnostic, went to the planner as one of its diagnostics (and is shown with the plan's). */
    boolean handedToPlanner(dev.sslform.plugin.config.diag.Diagnostic d) {
        return handedToPlanner.contains(d);
    }

    /** Diagnostics added to the configuration's since they were last printed or returned, as the planner's diagnostics. */
    private List<dev.sslform.plugin.provider.Diagnostic> lateDiagnostics() {
        return lateDiagnostics(true);
    }

    /** As {@link #lateDiagnostics()}; without {@code handOver} they only count as reported, and the command shows them. */
    private List<dev.sslform.plugin.provider.Diagnostic> lateDiagnostics(boolean handOver) {
        List<dev.sslform.plugin.provider.Diagnostic> out = new ArrayList<>();
        List<dev.sslform.plugin.config.diag.Diagnostic> all = diags.asList();
        java.util.Set<dev.sslform.plugin.config.diag.Diagnostic> seen = new java.util.HashSet<>(all.subList(0, Math.min(reported, all.size())));
        for (int i = reported; i < all.size(); i++) {
            var d = all.get(i);
            if (!seen.add(d)) {
                continue; // the same finding from a later evaluation pass
            }
            if (handOver) {
                handedToPlanner.add(d);
            }
            var p = d.isError() ? dev.sslform.plugin.provider.Diagnostic.error(null, d.summary(), d.detail())
                    : dev.sslform.plugin.provider.Diagnostic.warning(null, d.summary(), d.detail());
            if (d.subject() != null && d.subject().start() != null) {
                origins.put(p, new ConditionReport.Origin(d.subject(), d.values()));
            }
            out.add(p);
        }
        reported = all.size();
        return out;
    }

    /** The terraform block's backend, or null when there is none (or the files could not be read). */
    public dev.sslform.plugin.config.BackendConfig backend() {
        return loaded.configuration() == null ? null : loaded.configuration().module().backend();
    }

    /**
     * The required variables that got no value (no default, flag, file or TF_VAR_), in declaration
     * order: what Terraform asks for on a terminal.
     */
    public List<dev.sslform.plugin.config.VariableConfig> missingVariables() {
        if (loaded.configuration() == null) {
            return List.of();
        }
        var c = loaded.configuration();
        return c.variables().values().stream().filter(v -> v.defaultValue() == null
                && c.variableValues().get(v.name()) instanceof dev.sslform.plugin.config.value.UnknownValue).toList();
    }

    /** Whether the configuration needs the tencentcloud provider: a provider, resource or data block. */
    public boolean usesProvider() {
        return loaded.configuration() != null && (!loaded.configuration().providers().isEmpty() || declaresResources(loaded.configuration()));
    }

    private static boolean declaresResources(dev.sslform.plugin.config.Configuration c) {
        return !c.resources().isEmpty() || c.children().values().stream().anyMatch(ConfigSource::declaresResources);
    }

    /** Whether a backend block has errors, so where the state lives cannot be known. */
    public boolean backendInvalid() {
        return loaded.configuration() != null && loaded.configuration().module().backendInvalid();
    }

    /** The diagnostics, remembering where each is about. */
    private List<dev.sslform.plugin.provider.Diagnostic> located(Map<dev.sslform.plugin.provider.Diagnostic, ConditionReport.Origin> where) {
        origins.putAll(where);
        return new ArrayList<>(where.keySet());
    }

    /** A configuration diagnostic as the views show it, its snippet from these sources. */
    ViewDiagnostic view(dev.sslform.plugin.config.diag.Diagnostic d) {
        return ViewDiagnostic.of(d, sources());
    }

    /**
     * A diagnostic of the plan or the apply as the views show it: at the place in the
     * configuration it came from (a condition, an evaluation error), else, when it is about a
     * resource instance, at its block, as Terraform shows a provider's error (the opening brace,
     * so the snippet is the block's header line and the context its {@code resource "t" "n"}).
     */
    ViewDiagnostic view(dev.sslform.plugin.provider.Diagnostic d) {
        ConditionReport.Origin origin = origins.get(d);
        if (origin != null) {
            return ViewDiagnostic.of(d, origin.subject(), diags.withoutSecrets(origin.values()), sources());
        }
        return ViewDiagnostic.of(d, d.address() == null ? null : blockOf(d.address()), List.of(), sources());
    }

    /**
     * The opening brace of the block that declares the resource of {@code address} (any instance
     * key), or null. A resource in a module instance ({@code module.ssl["a"].type.name}) is found
     * in the child module's file, whose name is relative to the root directory as its source's is.
     */
    private dev.sslform.plugin.config.diag.SourceRange blockOf(String address) {
        if (loaded.configuration() == null) {
            return null;
        }
        ResourceAddress parsed;
        try {
            parsed = ResourceAddress.parse(address);
        } catch (IllegalArgumentException notAResource) {
            return null; // a module, an output or a check: no resource block to point at
        }
        dev.sslform.plugin.config.diag.SourceRange decl = ConfigAddresses.resource(loaded.configuration(), parsed)
                .map(dev.sslform.plugin.config.ResourceConfig::declRange).orElse(null);
        if (decl == null) {
            return null;
        }
        String text = sources().get(decl.filename());
        if (text == null || decl.filename().endsWith(".json") || decl.filename().endsWith(".yaml") || decl.filename().endsWith(".yml")) {
            return decl;
        }
        byte[] src = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        dev.sslform.plugin.config.diag.SourceRange at = ViewDiagnostic.normalised(decl, src);
        int i = at.end().byteOffset();
        int col = at.end().column();
        while (i < src.length && src[i] != '{' && src[i] != '\n') {
            i++;
            col++;
        }
        if (i >= src.length || src[i] != '{') {
            return decl;
        }
        var brace = new dev.sslform.plugin.config.diag.Pos(at.end().line(), col, i);
        return new dev.sslform.plugin.config.diag.SourceRange(decl.filename(), brace, brace);
    }

    /** The configuration's source texts by file name, for diagnostics' snippets. */
    public Map<String, String> sources() {
        return loaded.sources();
    }

    /** The default tencentcloud provider block's arguments (empty when there is none). */
    public Map<String, Object> provider() {
        return providers().getOrDefault(TencentCloudSchemas.PROVIDER, Map.of());
    }

    /**
     * Every provider configuration's arguments by the name the configuration gives it
     * ({@code tencentcloud}, {@code tencentcloud.sh}), in declaration order; the default one is
     * always there (empty without a block: it exists implicitly, as in Terraform). Only the default
     * one when the configuration has errors.
     */
    public Map<String, Map<String, Object>> providers() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put(TencentCloudSchemas.PROVIDER, Map.of());
        if (diags.hasErrors() || loaded.configuration() == null) {
            return out;
        }
        base().providers().forEach((key, v) -> out.put(key, toMap(v)));
        return out;
    }

    /** The provider address ({@link dev.sslform.plugin.plan.Providers}) of a provider reference ({@code tencentcloud.sh}), the default for null. */
    static String providerAddress(String reference) {
        return reference == null || !reference.contains(".") ? dev.sslform.plugin.plan.Providers.DEFAULT
                : dev.sslform.plugin.plan.Providers.address(reference.substring(reference.indexOf('.') + 1));
    }

    /** The provider configuration the resource block at {@code resource} names; null when the block is not in the configuration. */
    @Override
    public String provider(ResourceAddress resource) {
        if (loaded.configuration() == null) {
            return null;
        }
        return ConfigAddresses.resource(loaded.configuration(), resource).map(r -> providerAddress(r.provider())).orElse(null);
    }

    @Override
    public List<DataRequest> dataSources() {
        Evaluation first = base();
        List<DataRequest> out = new ArrayList<>();
        // A data source whose precondition fails is not read (as Terraform); problems() reports the failure.
        java.util.Set<String> blocked = new java.util.HashSet<>();
        first.conditions().stream().filter(o -> o.condition().kind() == dev.sslform.plugin.config.Condition.Kind.PRECONDITION
                && o.status() == dev.sslform.plugin.config.ConditionOutcome.Status.FAIL).forEach(o -> blocked.add(o.objectAddress()));
        for (ResourceInstance i : first.instances(ResourceMode.DATA)) {
            if (blocked.contains(i.address().toString()) || i.address().module().hasUnknownKey()) {
                continue; // a module instance not yet known has no address to read it at (see resources)
            }
            out.add(new DataRequest(address(i), i.address().resource().type(), toMap(i.values()), i.config().check() != null,
                    providerAddress(i.config().provider())));
        }
        return out;
    }

    @Override
    public List<DesiredInstance> resources(Map<ResourceAddress, Map<String, Object>> data) {
        Map<String, Value> known = new LinkedHashMap<>();
        data.forEach((a, v) -> known.put(a.toString(), ValueJson.fromJson(JSON.valueToTree(v))));
        lastData = known;
        // Evaluating 1,000 for_each instances takes a tenth of a second: do it again only when data sources add values.
        Evaluation full = known.isEmpty() ? base() : loaded.configuration().evaluator().evaluate(known, diags);
        planned = full;
        if (!known.isEmpty()) {
            // Data sources are read once, before this evaluation: one in a module instance that only
            // this evaluation could expand (its count/for_each depends on a data source) was not read.
            for (ResourceInstance i : full.instances(ResourceMode.DATA)) {
                if (!i.address().module().isRoot() && !known.containsKey(i.address().toString())
                        && base().instances(ResourceMode.DATA).stream().noneMatch(b -> b.address().equals(i.address()))) {
                    diags.error("Data source in a module expanded by a data source", "sslform does not support this yet: "
                            + i.address() + " is a data source in a module instance whose count or for_each depends on another"
                            + " data source, so it cannot be read before planning. Give the module call a count or for_each that"
                            + " does not depend on a data source, or move the data source to the calling module.", i.config().declRange());
                    break;
                }
            }
        }
        List<DesiredInstance> out = new ArrayList<>();
        for (ResourceInstance i : full.instances(ResourceMode.MANAGED)) {
            if (i.address().key() == InstanceKey.UNKNOWN || i.address().module().hasUnknownKey()) {
                // As Terraform: instance keys must be known when planning; there is no address to plan this at.
                String what = i.address().key() == InstanceKey.UNKNOWN ? i.address().resource().toString() : i.address().module().toString();
                diags.error("Invalid count or for_each argument", "The count or for_each value of " + what + " depends on values that"
                        + " cannot be determined until apply (attributes of resources not yet created), so sslform cannot determine"
                        + " the instances to plan. Use a value known before apply (variables, data sources), or apply with -target"
                        + " first to create the resources it depends on.", i.config().declRange());
                continue;
            }
            out.add(new DesiredInstance(address(i), i.address().resource().type(), toMap(i.values()), providerAddress(i.config().provider())));
        }
        return out;
    }

    /**
     * Every output's value, evaluated with the data sources read by the last {@link #resources}
     * call and no managed resource known (each reference to one is unknown), in name order.
     */
    public Map<String, OutputValue> outputs() {
        return outputs(Map.of());
    }

    /**
     * Every output's value, evaluated with the data sources read by the last {@link #resources}
     * call and the managed resources whose attributes are known: the planned values of a plan
     * (a resource with nothing to do keeps its refreshed attributes), or the new state after an
     * apply. A reference to any other resource is unknown until apply. In name order.
     */
    public Map<String, OutputValue> outputs(Map<ResourceAddress, Map<String, Object>> resources) {
        Map<String, OutputValue> out = new java.util.TreeMap<>();
        if (diags.hasErrors() || loaded.configuration().outputs().isEmpty()) {
            return out;
        }
        Map<String, Value> known = new LinkedHashMap<>(lastData);
        resources.forEach((a, attrs) -> known.put(a.toString(), ValueJson.fromJson(JSON.valueToTree(attrs))));
        Evaluation e = loaded.configuration().evaluator().evaluate(known, new Diagnostics());
        var decls = loaded.configuration().outputs();
        e.outputs().forEach((name, v) -> {
            boolean sensitive = decls.containsKey(name) && decls.get(name).sensitive();
            boolean isKnown = !(v instanceof dev.sslform.plugin.config.value.UnknownValue);
            out.put(name, new OutputValue(isKnown ? JSON.convertValue(ValueJson.toJson(v), Object.class) : null, isKnown, sensitive));
        });
        return out;
    }

    /**
     * Which attributes of which managed resource instances derive from sensitive values (see
     * {@link dev.sslform.plugin.config.Sensitivity}), from the evaluation the plan was made with;
     * an instance it did not produce (destroy, or an instance left out of the configuration)
     * gets its resource block's sensitive arguments, found from the references.
     */
    public dev.sslform.plugin.plan.SensitiveAttributes sensitiveAttributes() {
        if (diags.hasErrors() || loaded.configuration() == null) {
            return dev.sslform.plugin.plan.SensitiveAttributes.NONE;
        }
        var cfg = loaded.configuration();
        Evaluation e = planned != null ? planned : base();
        if (sensitiveCache != null && sensitiveFrom == e) {
            return sensitiveCache; // progress lines ask once each
        }
        Map<String, Map<String, Object>> masks = new LinkedHashMap<>(e.sensitive().instances());
        Map<String, Map<String, Object>> byResource = new LinkedHashMap<>();
        for (var r : cfg.resources(ResourceMode.MANAGED)) {
            Map<String, Object> m = dev.sslform.plugin.config.Sensitivity.resourceMask(cfg, r);
            if (!m.isEmpty()) {
                byResource.put(r.address().toString(), m);
            }
        }
        // Resources in module instances: each expanded block, by its absolute address.
        e.expansions().forEach((a, x) -> {
            if (!a.module().isRoot() && a.mode() == ResourceMode.MANAGED) {
                var m = dev.sslform.plugin.config.Sensitivity.resourceMask(cfg.descendant(a.module().names()).orElse(cfg), x.config());
                if (!m.isEmpty()) {
                    byResource.put(a.toString(), m);
                }
            }
        });
        sensitiveFrom = e;
        sensitiveCache = new dev.sslform.plugin.plan.SensitiveAttributes(masks, byResource);
        return sensitiveCache;
    }

    private Evaluation sensitiveFrom;
    private dev.sslform.plugin.plan.SensitiveAttributes sensitiveCache;

    /**
     * A digest of the configuration's source files (paths relative to the configuration directory,
     * child modules' included, and contents, in path order), so a
     * saved plan can tell whether it is applied to the configuration it was made from.
     */
    public String fingerprint() {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(loaded.sources()).forEach((name, text) -> {
                // The path as loaded, relative to the configuration directory: a child module's file
                // (modules/ssl/a.tf) is another file than the root's a.tf.
                md.update(name.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return "sha256:" + java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any postcondition, output precondition or check block needs an evaluation after planning. */
    private boolean hasConditions() {
        return hasConditions(loaded.configuration());
    }

    private static boolean hasConditions(dev.sslform.plugin.config.Configuration c) {
        var m = c.module();
        return !m.checks().isEmpty() || m.outputs().values().stream().anyMatch(o -> !o.preconditions().isEmpty())
                || m.resources().values().stream().anyMatch(r -> !r.lifecycle().postconditions().isEmpty())
                || c.children().values().stream().anyMatch(ConfigSource::hasConditions);
    }

    private Evaluation base() {
        if (base == null) {
            base = loaded.configuration().evaluator().evaluate(Map.of(), diags);
        }
        return base;
    }

    private static ResourceAddress address(ResourceInstance i) {
        return ConfigAddresses.state(i.address());
    }

    private static ResourceAddress address(dev.sslform.plugin.config.InstanceAddress instance) {
        return ConfigAddresses.state(instance);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(ObjectValue v) {
        Map<String, Object> m = Values.copy(JSON.convertValue(ValueJson.toJson(v), Map.class));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }
}
