package dev.sslform.plugin.config.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Renders our syntax tree the way hcl2json (tmccombs/hcl2json, as packaged by @cdktf/hcl2json)
 * renders HashiCorp's: blocks as arrays under their labels, literal values as JSON, anything else
 * as {@code "${source text}"}. Only the parity test needs it.
 */
final class Hcl2JsonView {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final byte[] src;

    Hcl2JsonView(byte[] src) {
        this.src = src;
    }

    ObjectNode body(Body body) {
        ObjectNode out = F.objectNode();
        for (Attribute a : body.attributes()) {
            out.set(a.name(), expr(a.expr()));
        }
        for (Block b : body.blocks()) {
            JsonNode parent = out;
            String key = b.type();
            for (String label : b.labels()) {
                ObjectNode next = ((ObjectNode) parent).has(key) ? (ObjectNode) parent.get(key) : ((ObjectNode) parent).putObject(key);
                parent = next;
                key = label;
            }
            ArrayNode arr = ((ObjectNode) parent).has(key) ? (ArrayNode) parent.get(key) : ((ObjectNode) parent).putArray(key);
            arr.add(body(b.body()));
        }
        return out;
    }

    private JsonNode expr(Expr e) {
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        }
        if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Literal l) {
            if (l.value() instanceof NumberValue n && u.op() == Operator.NEGATE) {
                return F.numberNode(n.value().negate());
            }
            if (l.value() instanceof BoolValue b && u.op() == Operator.NOT) {
                return F.booleanNode(!b.value());
            }
        }
        if (e instanceof Expr.Template t) {
            return F.textNode(template(t));
        }
        if (e instanceof Expr.TemplateWrap w) {
            return expr(w.wrapped());
        }
        if (e instanceof Expr.Tuple t) {
            ArrayNode arr = F.arrayNode();
            t.elements().forEach(x -> arr.add(expr(x)));
            return arr;
        }
        if (e instanceof Expr.ObjectCons o) {
            ObjectNode obj = F.objectNode();
            for (Expr.Item item : o.items()) {
                obj.set(key(item), expr(item.value()));
            }
            return obj;
        }
        return F.textNode(wrap(e));
    }

    private String key(Expr.Item item) {
        if (item.keyword() && item.key() instanceof Expr.Literal l && l.value() instanceof StringValue s) {
            return s.value();
        }
        if (item.key() instanceof Expr.Variable || item.key() instanceof Expr.GetAttr) {
            return source(item.key());
        }
        return part(item.key());
    }

    private String template(Expr.Template t) {
        StringBuilder sb = new StringBuilder();
        t.parts().forEach(p -> sb.append(part(p)));
        return sb.toString();
    }

    private String part(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value() instanceof StringValue s ? escape(s.value()) : literal(l.value()).asText();
        }
        if (e instanceof Expr.Template t) {
            return template(t);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return part(w.wrapped());
        }
        if (e instanceof Expr.TemplateIf i) {
            String otherwise = i.otherwise() == null ? "" : template(i.otherwise());
            return "%{if " + source(i.condition()) + "}" + template(i.then())
                    + (otherwise.isEmpty() ? "" : "%{else}" + otherwise) + "%{endif}";
        }
        if (e instanceof Expr.Conditional c) {
            String otherwise = part(c.otherwise());
            return "%{if " + source(c.condition()) + "}" + part(c.then())
                    + (otherwise.isEmpty() ? "" : "%{else}" + otherwise) + "%{endif}";
        }
        if (e instanceof Expr.TemplateFor f) {
            return "%{for " + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in "
                    + source(f.collection()) + "}" + template(f.body()) + "%{endfor}";
        }
        return wrap(e);
    }

    private static String escape(String s) {
        return s.replace("${", "$${").replace("%{", "%%{");
    }

    private static JsonNode literal(Value v) {
        if (v instanceof NumberValue n) {
            return F.numberNode(n.value());
        }
        if (v instanceof BoolValue b) {
            return F.booleanNode(b.value());
        }
        if (v instanceof StringValue s) {
            return F.textNode(s.value());
        }
        if (v instanceof NullValue) {
            return F.nullNode();
        }
        throw new IllegalArgumentException("not a literal: " + v);
    }

    private String wrap(Expr e) {
        return "${" + source(e) + "}";
    }

    private String source(Expr e) {
        return new String(Arrays.copyOfRange(src, e.range().start().byteOffset(), e.range().end().byteOffset()),
                StandardCharsets.UTF_8);
    }
}
