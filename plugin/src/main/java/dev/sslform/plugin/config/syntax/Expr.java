package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.util.List;

/**
 * An unevaluated expression, with the source range of every node: the closed set of HCL's
 * {@code hclsyntax} expression kinds. Expressions from YAML and JSON files become the same nodes
 * (literals, templates, tuples and objects), so evaluation does not care where they came from.
 */
public sealed interface Expr {
    SourceRange range();

    /** A number, bool, null or string constant. */
    record Literal(Value value, SourceRange range) implements Expr {
    }

    /** A string template: literal parts ({@link Literal} strings) and interpolated parts, concatenated. */
    record Template(List<Expr> parts, SourceRange range) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }

        /** True when the template is a plain string with nothing to interpolate. */
        public boolean isLiteral() {
            return parts.isEmpty() || (parts.size() == 1 && parts.get(0) instanceof Literal l && l.value() instanceof StringValue);
        }
    }

    /** A template that is a single interpolation, {@code "${x}"}: it yields x's value unconverted. */
    record TemplateWrap(Expr wrapped, SourceRange range) implements Expr {
    }

    /** {@code %{if c}…%{else}…%{endif}} inside a template; {@code otherwise} may be null. */
    record TemplateIf(Expr condition, Template then, Template otherwise, SourceRange range) implements Expr {
    }

    /** {@code %{for k, v in coll}…%{endfor}} inside a template; {@code keyVar} may be null. */
    record TemplateFor(String keyVar, String valueVar, Expr collection, Template body, SourceRange range) implements Expr {
    }

    /** A root name: {@code var}, {@code local}, {@code each}, a resource type, a for variable. */
    record Variable(String name, SourceRange range) implements Expr {
    }

    /** {@code object.name}. */
    record GetAttr(Expr object, String name, SourceRange range) implements Expr {
    }

    /** {@code collection[key]} (and the legacy {@code collection.0}). */
    record Index(Expr collection, Expr key, SourceRange range) implements Expr {
    }

    /** {@code source[*].each} or {@code source.*.each}; {@code each} is evaluated per element, which it sees as {@link SplatItem}. */
    record Splat(Expr source, Expr each, SourceRange range) implements Expr {
    }

    /** The element a splat's {@code each} expression is applied to. */
    record SplatItem(SourceRange range) implements Expr {
    }

    /** {@code name(args…)}, with {@code expandLast} for a final {@code ...}. */
    record Call(String name, List<Expr> args, boolean expandLast, SourceRange nameRange, SourceRange range) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    record Conditional(Expr condition, Expr then, Expr otherwise, SourceRange range) implements Expr {
    }

    record Binary(Operator op, Expr left, Expr right, SourceRange range) implements Expr {
    }

    record Unary(Operator op, Expr operand, SourceRange range) implements Expr {
    }

    record Tuple(List<Expr> elements, SourceRange range) implements Expr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** An object constructor; a key written as a bare identifier has {@code keyword} set. */
    record ObjectCons(List<Item> items, SourceRange range) implements Expr {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    record Item(Expr key, Expr value, boolean keyword) {
    }

    record Paren(Expr inner, SourceRange range) implements Expr {
    }

    /**
     * {@code [for k, v in coll : v if cond]} or {@code {for k, v in coll : k => v... if cond}};
     * {@code keyExpr} is null for the tuple form, {@code condition} and {@code keyVar} may be null.
     */
    record For(String keyVar, String valueVar, Expr collection, Expr keyExpr, Expr valueExpr, Expr condition,
               boolean grouping, SourceRange range) implements Expr {
    }
}
