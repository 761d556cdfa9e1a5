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
        return loaded.configuration() != null
                && (!loaded.configuration().providers().isEmpty() || !loaded.configuration().resources().isEmpty());
    }

    /** Whether a backend block has errors, so where the state lives cannot be known. */
    public boolean backendInvalid() {
        return loaded.configuration() != null && loaded.configuration().module().backendInvalid();
    }

    /** The tencentcloud provider block's arguments (empty when there is none). */
    public Map<String, Object> provider() {
        if (diags.hasErrors()) {
            return Map.of();
        }
        ObjectValue p = base().providers().get(TencentCloudSchemas.PROVIDER);
        return p == null ? Map.of() : toMap(p);
    }

    @Override
    public List<DataRequest> dataSources() {
        Evaluation first = base();
        List<DataRequest> out = new ArrayList<>();
        for (ResourceInstance i : first.instances(ResourceMode.DATA)) {
            out.add(new DataRequest(address(i), i.address().resource().type(), toMap(i.values())));
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
        List<DesiredInstance> out = new ArrayList<>();
        for (ResourceInstance i : full.instances(ResourceMode.MANAGED)) {
            out.add(new DesiredInstance(address(i), i.address().resource().type(), toMap(i.values())));
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
     * A digest of the configuration's source files (names and contents, in name order), so a
     * saved plan can tell whether it is applied to the configuration it was made from.
     */
    public String fingerprint() {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(loaded.sources()).forEach((name, text) -> {
                md.update(Path.of(name).getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return "sha256:" + java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Evaluation base() {
        if (base == null) {
            base = loaded.configuration().evaluator().evaluate(Map.of(), diags);
        }
        return base;
    }

    private static ResourceAddress address(ResourceInstance i) {
        var a = i.address().resource();
        InstanceKey k = i.address().key();
        IndexKey key = k instanceof InstanceKey.Index idx ? IndexKey.of(idx.index())
                : k instanceof InstanceKey.Key s ? IndexKey.of(s.key()) : IndexKey.NONE;
        return new ResourceAddress(a.mode() == ResourceMode.DATA ? dev.sslform.plugin.state.ResourceMode.DATA
                : dev.sslform.plugin.state.ResourceMode.MANAGED, a.type(), a.name(), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(ObjectValue v) {
        Map<String, Object> m = Values.copy(JSON.convertValue(ValueJson.toJson(v), Map.class));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }
}
