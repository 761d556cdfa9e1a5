package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands the {@code import} blocks into the objects they import, as Terraform 1.9 does
 * (terraform/node_resource_plan.go's expandResourceImports and eval_import.go): in the root
 * module's scope, with what the engine knows (the data sources read). {@code for_each} may be
 * any collection: a map or object (each.key is the key), a set (each.key and each.value are the
 * element) or a list or tuple (each.key is the index); null imports nothing. The id is converted
 * to a string; null, empty, and (unless {@code allowUnknown}, the validate pass) unknown ids are
 * Terraform's errors, as is a for_each that is not wholly known.
 */
final class ImportExpander {

    private final Configuration cfg;
    private final EvalSession session;
    private final Evaluator evaluator;
    private final Diagnostics diags;
    private final boolean allowUnknown;

    ImportExpander(Configuration cfg, EvalSession session, Diagnostics diags, boolean allowUnknown) {
        this.cfg = cfg;
        this.session = session;
        this.evaluator = cfg.expressionEvaluator();
        this.diags = diags;
        this.allowUnknown = allowUnknown;
    }

    /** Every block's objects, in declaration order (a for_each's in key order). */
    List<ImportInstance> expandAll() {
        List<ImportInstance> out = new ArrayList<>();
        for (ImportBlock b : cfg.module().imports()) {
            out.addAll(expand(b));
        }
        return out;
    }

    private List<ImportInstance> expand(ImportBlock b) {
        if (b.forEach() == null) {
            ImportInstance one = instance(b, null, null);
            return one == null ? List.of() : List.of(one);
        }
        Value v = evaluator.eval(b.forEach(), session.root(), diags);
        if (!v.isWhollyKnown()) {
            if (!allowUnknown) {
                diags.error("Invalid for_each argument", "The \"for_each\" expression includes values derived from other resource attributes"
                        + " that cannot be determined until apply, and so sslform cannot determine the full set of values that might be"
                        + " used to import this resource.", b.forEach().range());
            }
            return List.of();
        }
        Map<Value, Value> items = new java.util.LinkedHashMap<>();
        if (v instanceof NullValue) {
            return List.of();
        } else if (v instanceof ObjectValue o) {
            new TreeMap<>(o.attributes()).forEach((k, val) -> items.put(new StringValue(k), val));
        } else if (v instanceof ListValue l) {
            for (int i = 0; i < l.elements().size(); i++) {
                items.put(NumberValue.of(i), l.elements().get(i));
            }
        } else if (v instanceof SetValue s) {
            s.elements().forEach(e -> items.put(e, e));
        } else {
            diags.error("Invalid for_each argument", "The \"for_each\" expression must be a collection.", b.forEach().range());
            return List.of();
        }
        List<ImportInstance> out = new ArrayList<>();
        for (var e : items.entrySet()) {
            ImportInstance i = instance(b, e.getKey(), e.getValue());
            if (i == null) {
                return out; // as Terraform, the first error ends the block's expansion
            }
            out.add(i);
        }
        return out;
    }

    /** One object: the block's target and id for one for_each element (eachKey null without for_each), or null after an error. */
    private ImportInstance instance(ImportBlock b, Value eachKey, Value eachValue) {
        InstanceKey key = key(b, eachKey, eachValue);
        if (key == null) {
            return null;
        }
        Scope scope = eachKey == null ? session.root() : session.scope(new EvalSession.InstanceContext(eachKey, eachValue, null));
        Diagnostics local = new Diagnostics();
        Value id = evaluator.eval(b.id(), Type.STRING, "the import id", scope, local);
        diags.addAll(local);
        if (local.hasErrors()) {
            return null;
        }
        if (id instanceof NullValue) {
            diags.error("Invalid import id argument", "The import ID cannot be null.", b.id().range());
            return null;
        }
        if (!id.isWhollyKnown()) {
            if (allowUnknown) {
                return new ImportInstance(b.resource().instance(key), null, b);
            }
            diags.error("Invalid import id argument", "The import block \"id\" argument depends on resource attributes that cannot be"
                    + " determined until apply, so sslform cannot plan to import this resource.", b.id().range());
            return null;
        }
        String text = ((StringValue) id).value();
        if (text.isEmpty()) {
            diags.error("Invalid import id argument", "The import ID value evaluates to an empty string, please provide a non-empty value.",
                    b.id().range());
            return null;
        }
        return new ImportInstance(b.resource().instance(key), text, b);
    }

    /** The target's instance key: its index evaluated with only each.key and each.value in scope. */
    private InstanceKey key(ImportBlock b, Value eachKey, Value eachValue) {
        if (b.key() == null) {
            return InstanceKey.NONE;
        }
        if (eachKey != null && Sensitivity.refersToSensitive(cfg, b.forEach()) && References.of(b.key()).stream()
                .anyMatch(r -> r.names().size() >= 2 && r.names().get(0).equals("each") && r.names().get(1).equals("value"))) {
            diags.error("Invalid index expression", "Import address index expression cannot be sensitive.", b.key().range());
            return null;
        }
        Scope scope = Scope.of(eachKey == null ? Map.of() : Map.of("each", new ObjectValue(Map.of("key", eachKey, "value", eachValue))));
        Diagnostics local = new Diagnostics();
        Value k = evaluator.eval(b.key(), scope, local);
        diags.addAll(local);
        if (local.hasErrors()) {
            return null;
        }
        if (k instanceof StringValue s) {
            return new InstanceKey.Key(s.value());
        }
        if (k instanceof NumberValue n && n.isInteger() && n.value().signum() >= 0
                && n.value().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return new InstanceKey.Index(n.value().intValueExact());
        }
        diags.error("Invalid import 'to' expression", "The import block 'to' argument does not resolve to a single resource instance: its"
                + " index must be a string or a whole number, not " + (k instanceof NumberValue n ? n.text() : k.typeName()) + ".",
                b.key().range());
        return null;
    }
}
