package dev.sslform.plugin.config;

import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of a value derive from a sensitive value ({@code variable { sensitive = true }}),
 * as Terraform's sensitivity marks say.
 *
 * <p>How: sslform's values carry no marks (adding one would touch every operator and function).
 * Instead a configuration is evaluated twice: once as it is, once {@link #redacted} (every
 * sensitive variable unknown, and every sensitive attribute of a known resource unknown). The
 * evaluator propagates unknowns exactly where Terraform propagates marks (operators, functions,
 * templates, conditionals, for expressions, collections element by element), so a part of a
 * value that is known in the first result and unknown in the second derives from a sensitive
 * value: {@link #mask} compares the two, path by path. A part unknown in both (known after
 * apply, or a variable without a value in {@code validate}) cannot be told apart that way; for
 * it {@link #refersToSensitive} looks at the expression's references instead (through locals
 * and resource arguments), which is what Terraform's marks would say of an unknown too.
 */
public final class Sensitivity {
    /** Terraform's detail for an output that would reveal a sensitive value. */
    public static final String OUTPUT_SUMMARY = "Output refers to sensitive values";
    public static final String OUTPUT_DETAIL = "To reduce the risk of accidentally exporting sensitive data that was intended to be only"
            + " internal, sslform requires that any root module output containing sensitive data be explicitly marked as sensitive,"
            + " to confirm your intent.\n\nIf you do intend to export this data, annotate the output value as sensitive by adding"
            + " the following argument:\n    sensitive = true";
    /** What Terraform says instead of an error message computed from a sensitive value. */
    public static final String HIDDEN_MESSAGE = "The error message included a sensitive value, so it will not be displayed.";

    private Sensitivity() {
    }

    /** Whether the configuration declares any sensitive variable (when none, nothing needs a second evaluation). */
    public static boolean any(Configuration cfg) {
        return cfg.variables().values().stream().anyMatch(VariableConfig::sensitive)
                || cfg.children().values().stream().anyMatch(c -> any(c) || c.outputs().values().stream().anyMatch(OutputConfig::sensitive));
    }

    /** The configuration of the module an instance address belongs to (the root's for the root). */
    static Configuration moduleOf(Configuration root, ModuleAddress module) {
        return root.descendant(module.names()).orElse(root);
    }

    /** {@code cfg} with every sensitive variable's value unknown (of its type). */
    public static Configuration redacted(Configuration cfg) {
        Map<String, Value> vars = new LinkedHashMap<>(cfg.variableValues());
        cfg.variables().forEach((name, v) -> {
            if (v.sensitive()) {
                vars.put(name, new UnknownValue(v.type()));
            }
        });
        return new Configuration(cfg.dir(), cfg.module(), vars, cfg.schema(), cfg.expressionEvaluator()).withWorkspace(cfg.workspace())
                .withChildren(cfg.children()).withRootDir(cfg.rootDir()).asRedactedCopy();
    }

    /** The texts of the sensitive variables' known values (strings, numbers and bools inside them), for diagnostics to hide. */
    public static Set<String> secretTexts(Configuration cfg) {
        Set<String> out = new HashSet<>();
        cfg.variables().forEach((name, v) -> {
            if (v.sensitive()) {
                texts(cfg.variableValues().get(name), out);
            }
        });
        return out;
    }

    private static void texts(Value v, Set<String> out) {
        if (v instanceof StringValue s) {
            out.add(s.value());
        } else if (v instanceof NumberValue n && n.text().length() > 3) {
            out.add(n.text()); // short numbers ("1", "443") would hide unrelated text
        } else if (v instanceof ListValue l) {
            l.elements().forEach(e -> texts(e, out));
        } else if (v instanceof SetValue s) {
            s.elements().forEach(e -> texts(e, out));
        } else if (v instanceof ObjectValue o) {
            o.attributes().values().forEach(e -> texts(e, out));
        }
    }

    /**
     * Terraform's sensitivity mask of a value: {@code true} when the whole value is sensitive; for
     * an object, a map of the sensitive attributes' masks (empty when none is); for a list, a
     * list of the elements' masks ({@code false} for those that are not); {@code false} for a
     * primitive that is not. {@code full} is the value, {@code redacted} the same value
     * evaluated {@link #redacted}; {@code unknownSensitive} says what an unknown part of
     * {@code full} is (see the class comment).
     */
    public static Object mask(Value full, Value redacted, boolean unknownSensitive) {
        if (full instanceof UnknownValue) {
            return unknownSensitive;
        }
        if (redacted == null || redacted instanceof UnknownValue) {
            return !(full instanceof NullValue) || redacted instanceof UnknownValue;
        }
        if (full instanceof ObjectValue o) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Value> r = redacted instanceof ObjectValue ro ? ro.attributes() : Map.of();
            o.attributes().forEach((k, v) -> {
                Object sub = mask(v, r.get(k), unknownSensitive);
                if (!Boolean.FALSE.equals(sub) && !(sub instanceof Map<?, ?> sm && sm.isEmpty())) {
                    m.put(k, sub);
                }
            });
            return m;
        }
        if (full instanceof ListValue l) {
            List<Object> out = new ArrayList<>();
            List<Value> r = redacted instanceof ListValue rl && rl.elements().size() == l.elements().size() ? rl.elements() : null;
            for (int i = 0; i < l.elements().size(); i++) {
                out.add(r == null ? Boolean.TRUE : mask(l.elements().get(i), r.get(i), unknownSensitive));
            }
            return out;
        }
        if (full instanceof SetValue) {
            // A set's elements are identified by value: one derived from a sensitive value marks the whole set.
            return !redacted.isWhollyKnown();
        }
        return false;
    }

    /** Whether a mask (from {@link #mask}) marks anything. */
    public static boolean marksAnything(Object mask) {
        if (mask instanceof Boolean b) {
            return b;
        }
        if (mask instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(Sensitivity::marksAnything);
        }
        if (mask instanceof Collection<?> c) {
            return c.stream().anyMatch(Sensitivity::marksAnything);
        }
        return false;
    }

    /**
     * A resource block's mask from its expressions alone: each argument that refers to a
     * sensitive value, and each attribute the schema marks sensitive. Used for an instance no
     * evaluation produced (destroy, or an instance dropped from count or for_each).
     */
    public static Map<String, Object> resourceMask(Configuration cfg, ResourceConfig r) {
        Map<String, Object> m = new LinkedHashMap<>();
        r.body().attributes().forEach(a -> {
            if (refersToSensitive(cfg, a.expr())) {
                m.put(a.name(), true);
            }
        });
        if (r.schema() != null) {
            r.schema().attributes().values().forEach(a -> {
                if (a.sensitive()) {
                    m.put(a.name(), true);
                }
            });
        }
        return m;
    }

    /**
     * Whether {@code e} refers, directly or through locals and resource arguments, to a
     * sensitive variable: what an unknown value's marks would say.
     */
    public static boolean refersToSensitive(Configuration cfg, Expr e) {
        return refers(cfg, e, new HashSet<>());
    }

    private static boolean refers(Configuration cfg, Object node, Set<String> seen) {
        if (node instanceof Expr.GetAttr attr) {
            // resource.name.attr or resource.name[key].attr: only that argument matters.
            Expr object = attr.object();
            Expr key = null;
            if (object instanceof Expr.Index ix) {
                key = ix.key();
                object = ix.collection();
            }
            if (object instanceof Expr.GetAttr res && res.object() instanceof Expr.Variable type) {
                ResourceConfig r = cfg.module().resources().get(new Address(ResourceMode.MANAGED, type.name(), res.name()));
                if (r != null) {
                    if (key != null && refers(cfg, key, seen)) {
                        return true;
                    }
                    if (r.schema() != null && r.schema().attributes().get(attr.name()) != null
                            && r.schema().attributes().get(attr.name()).sensitive()) {
                        return true;
                    }
                    return seen.add(r.address() + "." + attr.name()) && r.body().attribute(attr.name())
                            .map(a -> refers(cfg, a.expr(), seen)).orElse(false);
                }
            }
        }
        if (node instanceof Expr.GetAttr g && g.object() instanceof Expr.Variable root) {
            switch (root.name()) {
                case "var" -> {
                    VariableConfig v = cfg.variables().get(g.name());
                    return v != null && v.sensitive();
                }
                case "local" -> {
                    LocalConfig l = cfg.locals().get(g.name());
                    return l != null && seen.add("local." + g.name()) && refers(cfg, l.expr(), seen);
                }
                default -> {
                    ResourceConfig r = cfg.module().resources().get(new Address(ResourceMode.MANAGED, root.name(), g.name()));
                    if (r != null && seen.add(r.address().toString())) {
                        return r.body().attributes().stream().anyMatch(a -> refers(cfg, a.expr(), seen));
                    }
                }
            }
        }
        if (node instanceof Expr || node instanceof Expr.Item) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (refers(cfg, component(c, node), seen)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Collection<?> list) {
            for (Object x : list) {
                if (refers(cfg, x, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
