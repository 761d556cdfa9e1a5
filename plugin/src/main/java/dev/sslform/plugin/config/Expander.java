package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a block by {@code count} or {@code for_each} into instances, as Terraform addresses
 * them ({@code type.name[0]}, {@code type.name["key"]}), and evaluates each instance's body with
 * its {@code count.index} or {@code each.key}/{@code each.value}. for_each accepts a map, a set of
 * strings, or (unlike Terraform, for convenience) a list of distinct strings.
 */
final class Expander {
    private static final String FOR_EACH_RULE = "A map, or set of strings, is allowed.";

    private final EvalSession session;
    private final Evaluator evaluator;
    private final BodyEvaluator bodies;
    private final Diagnostics diags;

    Expander(EvalSession session, Evaluator evaluator, BodyEvaluator bodies, Diagnostics diags) {
        this.session = session;
        this.evaluator = evaluator;
        this.bodies = bodies;
        this.diags = diags;
    }

    Expansion expand(ResourceConfig r) {
        if (r.count() != null) {
            return count(r);
        }
        if (r.forEach() != null) {
            return forEach(r);
        }
        return new Expansion(r, true, List.of(instance(r, InstanceKey.NONE, null)));
    }

    private Expansion count(ResourceConfig r) {
        Value v = evaluator.eval(r.count(), Type.NUMBER, "\"count\"", session.root(), diags);
        if (v instanceof UnknownValue) {
            return unknown(r, new EvalSession.InstanceContext(null, null, new UnknownValue(Type.NUMBER)));
        }
        if (v instanceof NullValue) {
            diags.error("Invalid count argument", "The given \"count\" argument value is null. An integer is required.", r.count().range());
            return new Expansion(r, true, List.of());
        }
        NumberValue n = (NumberValue) v;
        if (!n.isInteger() || n.value().signum() < 0 || n.value().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            diags.error("Invalid count argument", "The given \"count\" argument value is unsuitable: must be a whole number from 0 to 100000; got "
                    + n.text() + ".", r.count().range());
            return new Expansion(r, true, List.of());
        }
        List<ResourceInstance> out = new ArrayList<>();
        for (int i = 0; i < n.value().intValue(); i++) {
            out.add(instance(r, new InstanceKey.Index(i), new EvalSession.InstanceContext(null, null, NumberValue.of(i))));
        }
        return new Expansion(r, true, out);
    }

    private Expansion forEach(ResourceConfig r) {
        Value v = evaluator.eval(r.forEach(), session.root(), diags);
        EvalSession.InstanceContext unknownCtx = new EvalSession.InstanceContext(new UnknownValue(Type.STRING), UnknownValue.DYNAMIC, null);
        if (v instanceof UnknownValue) {
            return unknown(r, unknownCtx);
        }
        Map<String, Value> items = new LinkedHashMap<>();
        if (v instanceof ObjectValue o) {
            items.putAll(o.attributes());
        } else if (v instanceof SetValue || v instanceof ListValue) {
            List<Value> elements = v instanceof SetValue s ? s.elements() : ((ListValue) v).elements();
            for (Value e : elements) {
                if (e instanceof UnknownValue) {
                    return unknown(r, unknownCtx);
                }
                if (!(e instanceof StringValue s)) {
                    diags.error("Invalid for_each set argument", "The given \"for_each\" argument value is unsuitable: \"for_each\" supports sets of strings, but you have provided a set containing "
                            + e.typeName() + " values.", r.forEach().range());
                    return new Expansion(r, true, List.of());
                }
                if (items.put(s.value(), e) != null) {
                    diags.error("Invalid for_each argument", "The given \"for_each\" list has the element \"" + s.value()
                            + "\" more than once; instance keys must be unique. Use toset() to drop duplicates.", r.forEach().range());
                    return new Expansion(r, true, List.of());
                }
            }
        } else {
            String detail = v instanceof NullValue ? "the given \"for_each\" argument value is null. " + FOR_EACH_RULE
                    : "the \"for_each\" argument must be a map, or set of strings, and you have provided a value of type " + v.typeName() + ".";
            diags.error("Invalid for_each argument", "The given \"for_each\" argument value is unsuitable: " + detail, r.forEach().range());
            return new Expansion(r, true, List.of());
        }
        List<ResourceInstance> out = new ArrayList<>();
        new java.util.TreeMap<>(items).forEach((k, val) -> out.add(instance(r, new InstanceKey.Key(k),
                new EvalSession.InstanceContext(new StringValue(k), val, null))));
        return new Expansion(r, true, out);
    }

    private Expansion unknown(ResourceConfig r, EvalSession.InstanceContext ctx) {
        return new Expansion(r, false, List.of(instance(r, InstanceKey.UNKNOWN, ctx)));
    }

    private ResourceInstance instance(ResourceConfig r, InstanceKey key, EvalSession.InstanceContext ctx) {
        Scope scope = session.scope(ctx);
        ObjectValue values;
        if (r.schema() == null) {
            Map<String, Value> raw = new LinkedHashMap<>();
            for (Attribute a : r.body().attributes()) {
                raw.put(a.name(), evaluator.eval(a.expr(), scope, diags));
            }
            values = new ObjectValue(raw);
        } else {
            values = bodies.eval(r.body(), r.schema(), r.declRange(), scope, diags);
        }
        ResourceInstance instance = new ResourceInstance(r.address().instance(key), r, values);
        conditions(instance, ctx);
        return instance;
    }

    /**
     * Preconditions in the instance's scope; postconditions with {@code self} when the engine
     * supplied the instance's value (a data source read, a planned or applied object), else not yet.
     */
    private void conditions(ResourceInstance instance, EvalSession.InstanceContext ctx) {
        Lifecycle lc = instance.config().lifecycle();
        if (lc.preconditions().isEmpty() && lc.postconditions().isEmpty() || instance.address().key() == InstanceKey.UNKNOWN) {
            return;
        }
        String object = instance.address().toString();
        String config = instance.config().address().toString();
        for (Condition c : lc.preconditions()) {
            session.condition(c, object, config, session.scope(ctx));
        }
        Value self = session.known().get(object);
        if (self != null) {
            EvalSession.InstanceContext withSelf = (ctx == null ? new EvalSession.InstanceContext(null, null, null) : ctx).withSelf(self);
            for (Condition c : lc.postconditions()) {
                session.condition(c, object, config, session.scope(withSelf));
            }
        }
    }
}
