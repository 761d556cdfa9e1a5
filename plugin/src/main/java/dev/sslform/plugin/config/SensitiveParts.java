package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What derives from a sensitive value in one {@link Evaluation}: each managed resource
 * instance's mask (attribute name to {@code true} or a nested mask; see
 * {@link Sensitivity#mask}) and each output's mask. Empty when the configuration declares no
 * sensitive variable and no resource attribute is sensitive by schema.
 */
public record SensitiveParts(Map<String, Map<String, Object>> instances, Map<String, Object> outputs) {
    public static final SensitiveParts NONE = new SensitiveParts(Map.of(), Map.of());

    public SensitiveParts {
        instances = Map.copyOf(instances);
        outputs = Map.copyOf(outputs);
    }

    /** The instance's mask (empty when nothing in it is sensitive). */
    public Map<String, Object> instance(String address) {
        return instances.getOrDefault(address, Map.of());
    }

    /** The top-level attributes of the instance with anything sensitive in them. */
    public Set<String> attributes(String address) {
        Set<String> out = new TreeSet<>();
        instance(address).forEach((k, m) -> {
            if (Sensitivity.marksAnything(m)) {
                out.add(k);
            }
        });
        return out;
    }

    /** Whether the output's value derives, wholly or in part, from a sensitive value. */
    public boolean output(String name) {
        return Sensitivity.marksAnything(outputs.get(name));
    }

    /**
     * Computes the sensitive parts of {@code full} (the evaluation of {@code cfg} with
     * {@code known}) by evaluating {@code cfg} again with sensitive values unknown, and reports an
     * output that would reveal one without {@code sensitive = true} as Terraform does.
     */
    static SensitiveParts of(Configuration cfg, Evaluation full, Map<String, Value> known, Diagnostics diags) {
        boolean schemaSensitive = full.instances(ResourceMode.MANAGED).stream().map(ResourceInstance::config).anyMatch(r -> r.schema() != null
                && r.schema().attributes().values().stream().anyMatch(a -> a.sensitive()));
        if (!Sensitivity.any(cfg) && !schemaSensitive) {
            return NONE;
        }
        for (ResourceConfig r : cfg.resources()) {
            // As Terraform: an instance key must not reveal a sensitive value.
            if (r.count() != null && Sensitivity.refersToSensitive(cfg, r.count())) {
                diags.error("Invalid count argument", "Sensitive values, or values derived from sensitive values, cannot be used as"
                        + " count arguments. If used, the sensitive value could be exposed as a resource instance key.", r.count().range());
            }
            if (r.forEach() != null && Sensitivity.refersToSensitive(cfg, r.forEach())) {
                diags.error("Invalid for_each argument", "Sensitive values, or values derived from sensitive values, cannot be used as"
                        + " for_each arguments. If used, the sensitive value could be exposed as a resource instance key.", r.forEach().range());
            }
        }
        Configuration redacted = Sensitivity.redacted(cfg);
        // First pass: which resource arguments derive from sensitive variables. Second pass: the
        // same, with those attributes also unknown in the known resources' values, so sensitivity
        // flows through references to resources (and into outputs) as Terraform's marks do.
        Evaluation first = redacted.evaluator().evaluate(known, new Diagnostics());
        Map<String, Map<String, Object>> inst = instances(cfg, full, first);
        Map<String, Value> knownRedacted = redactKnown(known, inst);
        Evaluation second = knownRedacted.equals(known) ? first : redacted.evaluator().evaluate(knownRedacted, new Diagnostics());
        if (second != first) {
            inst = instances(cfg, full, second);
        }
        Map<String, Object> outs = new LinkedHashMap<>();
        full.outputs().forEach((name, v) -> {
            OutputConfig decl = cfg.outputs().get(name);
            boolean refers = decl != null && Sensitivity.refersToSensitive(cfg, decl.value());
            Object mask = Sensitivity.mask(v, second.outputs().get(name), refers);
            outs.put(name, mask);
            if (decl != null && !decl.sensitive() && Sensitivity.marksAnything(mask)) {
                diags.error(Sensitivity.OUTPUT_SUMMARY, Sensitivity.OUTPUT_DETAIL, decl.declRange());
            }
        });
        childOutputs(cfg, full, second, diags);
        return new SensitiveParts(inst, outs);
    }

    /** As Terraform: a child module's output whose value derives from a sensitive value must be declared sensitive, too. */
    private static void childOutputs(Configuration cfg, Evaluation full, Evaluation redacted, Diagnostics diags) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        full.moduleOutputs().forEach((address, v) -> {
            int at = address.lastIndexOf(".output.");
            String name = address.substring(at + ".output.".length());
            Configuration m = moduleConfig(cfg, address.substring(0, at));
            OutputConfig decl = m == null ? null : m.outputs().get(name);
            if (decl == null || decl.sensitive()) {
                return;
            }
            boolean refers = Sensitivity.refersToSensitive(m, decl.value());
            Object mask = Sensitivity.mask(v, redacted.moduleOutputs().get(address), refers);
            if (Sensitivity.marksAnything(mask) && reported.add(decl.declRange().toString())) {
                diags.error(Sensitivity.OUTPUT_SUMMARY, Sensitivity.OUTPUT_DETAIL.replace("any root module output", "any output"), decl.declRange());
            }
        });
    }

    /** The configuration of the module instance with path text {@code path} ("module.a[0].module.b"). */
    private static Configuration moduleConfig(Configuration root, String path) {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("module\\.([A-Za-z_][A-Za-z0-9_-]*)(\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")\\])?").matcher(path);
        while (mm.find()) {
            names.add(mm.group(1));
        }
        return root.descendant(names).orElse(null);
    }

    private static Map<String, Map<String, Object>> instances(Configuration cfg, Evaluation full, Evaluation redacted) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (ResourceInstance i : full.instances(ResourceMode.MANAGED)) {
            String address = i.address().toString();
            ObjectValue other = redacted.instance(address).map(ResourceInstance::values).orElse(null);
            Map<String, Object> mask = new LinkedHashMap<>();
            i.values().attributes().forEach((k, v) -> {
                var schemaAttr = i.config().schema() == null ? null : i.config().schema().attributes().get(k);
                Object m;
                if (schemaAttr != null && schemaAttr.sensitive()) {
                    m = true;
                } else if (other == null) {
                    // The instance exists only when sensitive values are known: all of it derives from them.
                    m = !(v instanceof dev.sslform.plugin.config.value.NullValue);
                } else {
                    boolean refers = !v.isWhollyKnown() && i.config().body().attribute(k).map(Attribute::expr)
                            .map(e -> Sensitivity.refersToSensitive(Sensitivity.moduleOf(cfg, i.address().module()), e)).orElse(false);
                    m = Sensitivity.mask(v, other.attributes().get(k), refers);
                }
                if (Sensitivity.marksAnything(m)) {
                    mask.put(k, m);
                }
            });
            if (!mask.isEmpty()) {
                out.put(address, mask);
            }
        }
        return out;
    }

    private static Map<String, Value> redactKnown(Map<String, Value> known, Map<String, Map<String, Object>> inst) {
        Map<String, Value> out = new LinkedHashMap<>(known);
        inst.forEach((address, mask) -> {
            if (out.get(address) instanceof ObjectValue o) {
                Map<String, Value> attrs = new LinkedHashMap<>(o.attributes());
                mask.keySet().forEach(k -> {
                    if (attrs.containsKey(k)) {
                        attrs.put(k, UnknownValue.DYNAMIC);
                    }
                });
                out.put(address, new ObjectValue(attrs));
            }
        });
        return out;
    }
}
