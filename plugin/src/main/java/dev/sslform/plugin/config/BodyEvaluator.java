package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.AttrMode;
import dev.sslform.plugin.config.schema.BlockType;
import dev.sslform.plugin.config.schema.ConfigRule;
import dev.sslform.plugin.config.schema.Constraint;
import dev.sslform.plugin.config.schema.Nesting;
import dev.sslform.plugin.config.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a block body against its schema into an object value, and checks it: unknown
 * arguments ("did you mean"), missing required ones, computed ones set, wrong types (expected vs
 * got), constraint violations (the allowed values) and the schema's cross-attribute rules.
 * Unset optional attributes take their schema default; computed ones are null in the
 * configuration value. This is where a schema's validators and defaults are applied to a
 * configuration; resources decode the result into their typed models and check nothing again.
 */
final class BodyEvaluator {
    private final Evaluator evaluator;

    BodyEvaluator(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    ObjectValue eval(Body body, Schema schema, SourceRange blockRange, Scope scope, Diagnostics diags) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Attribute a : body.attributes()) {
            Optional<dev.sslform.plugin.config.schema.Attribute> attr = schema.attribute(a.name());
            if (attr.isEmpty()) {
                String hint = schema.block(a.name()).isPresent()
                        ? " Did you mean to define a block of type \"" + a.name() + "\"?"
                        : Suggestions.didYouMean(a.name(), schema.configurableNames());
                diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here." + hint, a.nameRange());
                evaluator.eval(a.expr(), scope, diags);
            } else if (!attr.get().mode().configurable()) {
                diags.error("Value for unconfigurable attribute", "Can't configure a value for \"" + a.name()
                        + "\": its value will be decided automatically based on the result of applying this configuration.", a.nameRange());
            }
        }
        for (dev.sslform.plugin.config.schema.Attribute attr : schema.attributes().values()) {
            Optional<Attribute> a = body.attribute(attr.name());
            if (attr.mode() == AttrMode.COMPUTED || a.isEmpty()) {
                if (attr.mode() == AttrMode.REQUIRED && a.isEmpty()) {
                    diags.error("Missing required argument", "The argument \"" + attr.name() + "\" is required, but no definition was found.", blockRange);
                }
                out.put(attr.name(), attr.mode() == AttrMode.COMPUTED ? NullValue.INSTANCE : attr.defaultIfSet().orElse(NullValue.INSTANCE));
                continue;
            }
            out.put(attr.name(), attribute(a.get(), attr, scope, diags));
        }
        for (ConfigRule rule : schema.rules()) {
            if (rule.attributes().stream().allMatch(n -> out.get(n) == null || out.get(n).isWhollyKnown())) {
                rule.check(out).ifPresent(p -> diags.error(p.summary(), p.detail(),
                        body.attribute(rule.attribute()).map(a -> a.expr().range()).orElse(blockRange)));
            }
        }
        for (Block b : body.blocks()) {
            if (schema.block(b.type()).isEmpty()) {
                String hint = schema.attribute(b.type()).isPresent()
                        ? " Did you mean to define argument \"" + b.type() + "\"? If so, use the equals sign to assign it a value."
                        : Suggestions.didYouMean(b.type(), schema.blocks().keySet());
                diags.error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected here." + hint, b.typeRange());
            }
        }
        for (BlockType bt : schema.blocks().values()) {
            List<Block> blocks = body.blocks(bt.name());
            List<Value> values = new ArrayList<>();
            for (Block b : blocks) {
                values.add(eval(b.body(), bt.schema(), b.defRange(), scope, diags));
            }
            if (bt.nesting() == Nesting.LIST) {
                out.put(bt.name(), new ListValue(values));
            } else {
                if (blocks.size() > 1) {
                    diags.error("Duplicate " + bt.name() + " block", "Only one \"" + bt.name() + "\" block is allowed. Another was defined at "
                            + blocks.get(0).defRange().filename() + ":" + blocks.get(0).defRange().start().line() + ","
                            + blocks.get(0).defRange().start().column() + ".", blocks.get(1).defRange());
                }
                out.put(bt.name(), values.isEmpty() ? defaults(bt.schema()) : values.get(0));
            }
        }
        return new ObjectValue(out);
    }

    private Value attribute(Attribute a, dev.sslform.plugin.config.schema.Attribute attr, Scope scope, Diagnostics diags) {
        Value v = evaluator.eval(a.expr(), scope, diags);
        try {
            v = Convert.to(v, attr.type());
        } catch (ConversionException e) {
            diags.error("Incorrect attribute value type", "Inappropriate value for attribute \"" + a.name() + "\": expected "
                    + attr.type() + ", got " + describe(v) + " (" + e.getMessage() + ").", a.expr().range());
            return new UnknownValue(attr.type());
        }
        if (v instanceof NullValue) {
            if (attr.mode() == AttrMode.REQUIRED) {
                diags.error("Missing required argument", "The argument \"" + a.name() + "\" is required, but the given value is null.", a.expr().range());
            }
            return attr.defaultIfSet().orElse(v);
        }
        if (v.isWhollyKnown()) {
            for (Constraint c : attr.constraints()) {
                Optional<String> problem = c.check(v);
                if (problem.isPresent()) {
                    diags.error("Invalid value for \"" + a.name() + "\"", "The value of \"" + a.name() + "\" " + problem.get() + ".", a.expr().range());
                }
            }
        }
        return v;
    }

    private static String describe(Value v) {
        if (v instanceof dev.sslform.plugin.config.value.StringValue s) {
            return "string \"" + s.value() + "\"";
        }
        return v.typeName();
    }

    /** The value of an absent single block: its attributes' defaults. */
    static ObjectValue defaults(Schema schema) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (dev.sslform.plugin.config.schema.Attribute attr : schema.attributes().values()) {
            out.put(attr.name(), attr.defaultIfSet().orElse(NullValue.INSTANCE));
        }
        return new ObjectValue(out);
    }
}
