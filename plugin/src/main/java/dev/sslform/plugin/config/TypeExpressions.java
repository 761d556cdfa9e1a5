package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a type constraint ({@code string}, {@code list(string)}, {@code object({a = number, b =
 * optional(bool)})}) from its expression. In JSON and YAML the constraint is a string holding
 * the same text, which is parsed first.
 */
final class TypeExpressions {
    private TypeExpressions() {
    }

    static Type parse(Expr e, Diagnostics diags) {
        if (e instanceof Expr.Template t && t.isLiteral()) {
            String text = t.parts().isEmpty() ? "" : ((StringValue) ((Expr.Literal) t.parts().get(0)).value()).value();
            Expr inner = HclParser.parseExpression(e.range().filename(), text, diags);
            return parse(inner, diags);
        }
        if (e instanceof Expr.Variable v) {
            switch (v.name()) {
                case "string":
                    return Type.STRING;
                case "number":
                    return Type.NUMBER;
                case "bool":
                    return Type.BOOL;
                case "any":
                    return Type.ANY;
                default:
                    break;
            }
        }
        if (e instanceof Expr.Call c && c.args().size() == 1) {
            Expr arg = c.args().get(0);
            switch (c.name()) {
                case "list":
                    return Type.listOf(parse(arg, diags));
                case "set":
                    return Type.setOf(parse(arg, diags));
                case "map":
                    return Type.mapOf(parse(arg, diags));
                case "object":
                    return object(arg, diags);
                case "tuple":
                    return tuple(arg, diags);
                default:
                    break;
            }
        }
        diags.error("Invalid type specification", "A type specification is either a primitive type keyword (bool, number, string), "
                + "\"any\", or a complex type constructor call, like list(string).", e.range());
        return Type.ANY;
    }

    private static Type object(Expr arg, Diagnostics diags) {
        if (!(arg instanceof Expr.ObjectCons o)) {
            diags.error("Invalid type specification", "The object type constructor requires one argument specifying the attribute types as a map.", arg.range());
            return Type.ANY;
        }
        Map<String, Type> attrs = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        for (Expr.Item item : o.items()) {
            String name = item.key() instanceof Expr.Literal l && l.value() instanceof StringValue s ? s.value()
                    : item.key() instanceof Expr.Template t && t.isLiteral() && !t.parts().isEmpty()
                    ? ((StringValue) ((Expr.Literal) t.parts().get(0)).value()).value() : null;
            if (name == null) {
                diags.error("Invalid type specification", "Object constructor map keys must be attribute names.", item.key().range());
                continue;
            }
            Expr v = item.value();
            if (v instanceof Expr.Call c && c.name().equals("optional") && !c.args().isEmpty()) {
                optional.add(name);
                v = c.args().get(0);
            }
            attrs.put(name, parse(v, diags));
        }
        return new Type.ObjectOf(attrs, optional);
    }

    private static Type tuple(Expr arg, Diagnostics diags) {
        if (!(arg instanceof Expr.Tuple t)) {
            diags.error("Invalid type specification", "The tuple type constructor requires one argument specifying the element types as a list.", arg.range());
            return Type.ANY;
        }
        List<Type> types = new ArrayList<>();
        t.elements().forEach(x -> types.add(parse(x, diags)));
        return new Type.TupleOf(types);
    }
}
