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

    /** Instance keys with each one's {@code count}/{@code each} context; one {@link InstanceKey#UNKNOWN} placeholder when not yet known. */
    record Keys(boolean known, Map<InstanceKey, EvalSession.InstanceContext> instances) {
    }

    Expansion expand(ResourceConfig r) {
        Keys keys = keys(r.count(), r.forEach());
        List<ResourceInstance> out = new ArrayList<>();
        keys.instances().forEach((k, ctx) -> out.add(instance(r, k, ctx)));
        return new Expansion(r, keys.known(), out);
    }

    /** Expands by {@code count} or {@code for_each} (both null: one instance without key), reporting unsuitable values. */
    Keys keys(dev.sslform.plugin.config.syntax.Expr countExpr, dev.sslform.plugin.config.syntax.Expr forEachExpr) {
        if (countExpr != null) {
            return count(countExpr);
        }
        if (forEachExpr != null) {
            return forEach(forEachExpr);
        }
        Map<InstanceKey, EvalSession.InstanceContext> one = new LinkedHashMap<>();
        one.put(InstanceKey.NONE, null);
        return new Keys(true, one);
    }

    private static Keys none() {
        return new Keys(true, Map.of());
    }

    private static Keys unknown(EvalSession.InstanceContext ctx) {
        Map<InstanceKey, EvalSession.InstanceContext> one = new LinkedHashMap<>();
        one.put(InstanceKey.UNKNOWN, ctx);
        return new Keys(false, one);
    }

    private Keys count(dev.sslform.plugin.config.syntax.Expr count) {
        Value v = evaluator.eval(count, Type.NUMBER, "\"count\"", session.root(), diags);
        if (v instanceof UnknownValue) {
            return unknown(new EvalSession.InstanceContext(null, null, new UnknownValue(Type.NUMBER)));
        }
        if (v instanceof NullValue) {
            diags.error("Invalid count argument", "The given \"count\" argument value is null. An integer is required.", count.range());
            return none();
        }
        NumberValue n = (NumberValue) v;
        if (!n.isInteger() || n.value().signum() < 0 || n.value().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            diags.error("Invalid count argument", "The given \"count\" argument value is unsuitable: must be a whole number from 0 to 100000; got "
                    + n.text() + ".", count.range());
            return none();
        }
        Map<InstanceKey, EvalSession.InstanceContext> out = new LinkedHashMap<>();
        for (int i = 0; i < n.value().intValue(); i++) {
            out.put(new InstanceKey.Index(i), new EvalSession.InstanceContext(null, null, NumberValue.of(i)));
        }
        return new Keys(true, out);
    }

    private Keys forEach(dev.sslform.plugin.config.syntax.Expr forEach) {
        Value v = evaluator.eval(forEach, session.root(), diags);
        EvalSession.InstanceContext unknownCtx = new EvalSession.InstanceContext(new UnknownValue(Type.STRING), UnknownValue.DYNAMIC, null);
        if (v instanceof UnknownValue) {
            return unknown(unknownCtx);
        }
        Map<String, Value> items = new LinkedHashMap<>();
        if (v instanceof ObjectValue o) {
            items.putAll(o.attributes());
        } else if (v instanceof SetValue || v instanceof ListValue) {
            List<Value> elements = v instanceof SetValue s ? s.elements() : ((ListValue) v).elements();
            for (Value e : elements) {
                if (e instanceof UnknownValue) {
                    return unknown(unknownCtx);
                }
                if (!(e instanceof StringValue s)) {
                    diags.error("Invalid for_each set argument", "The given \"for_each\" argument value is unsuitable: \"for_each\" supports sets of strings, but you have provided a set containing "
                            + e.typeName() + " values.", forEach.range());
                    return none();
                }
                if (items.put(s.value(), e) != null) {
                    diags.error("Invalid for_each argument", "The given \"for_each\" list has the element \"" + s.value()
                            + "\" more than once; instance keys must be unique. Use toset() to drop duplicates.", forEach.range());
                    return none();
                }
            }
        } else {
            String detail = v instanceof NullValue ? "the given \"for_each\" argument value is null. " + FOR_EACH_RULE
                    : "the \"for_each\" argument must be a map, or set of strings, and you have provided a value of type " + v.typeName() + ".";
            diags.error("Invalid for_each argument", "The given \"for_each\" argument value is unsuitable: " + detail, forEach.range());
            return none();
        }
        Map<InstanceKey, EvalSession.InstanceContext> out = new LinkedHashMap<>();
        new java.util.TreeMap<>(items).forEach((k, val) -> out.put(new InstanceKey.Key(k),
                new EvalSession.InstanceContext(new StringValue(k), val, null)));
        return new Keys(true, out);
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
        ResourceInstance instance = new ResourceInstance(session.absolute(r.address()).instance(key), r, values);
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
        String config = session.configAddress(instance.config().address());
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
