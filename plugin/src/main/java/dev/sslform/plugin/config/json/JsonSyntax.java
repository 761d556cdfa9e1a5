package dev.sslform.plugin.config.json;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Terraform's JSON syntax ({@code *.tf.json}) and the same shape in YAML into the
 * {@link Body} the HCL parser produces: {@code resource → type → name → arguments}, blocks as
 * objects (or arrays of objects), strings as templates ({@code "${var.x}"}), and a {@code "//"}
 * key as a comment. Which object-valued keys are nested blocks is fixed here
 * ({@code lifecycle}, {@code timeouts}, {@code validation}, {@code precondition},
 * {@code postcondition}, {@code assert}), since JSON cannot say.
 */
public final class JsonSyntax {
    private static final Map<String, Integer> LABELS = Map.of("resource", 2, "data", 2, "provider", 1,
            "variable", 1, "output", 1, "module", 1, "locals", 0, "terraform", 0, "check", 1);
    private static final Set<String> NESTED_BLOCKS = Set.of("lifecycle", "timeouts", "validation", "precondition", "postcondition", "assert");

    private final String filename;
    private final Diagnostics diags;

    private JsonSyntax(String filename, Diagnostics diags) {
        this.filename = filename;
        this.diags = diags;
    }

    /** Parses a JSON ({@code yaml == false}) or YAML file into a body; on a syntax error, an empty body. */
    public static Body parse(String filename, String text, boolean yaml, Diagnostics diags) {
        Node root = new NodeReader(filename, text).read(text, yaml, diags);
        SourceRange whole = new SourceRange(filename, Pos.START, Pos.START);
        if (root == null) {
            return new Body(List.of(), List.of(), whole);
        }
        if (!root.isObject()) {
            diags.error("Invalid configuration file", "The root of a " + (yaml ? "YAML" : "JSON")
                    + " configuration must be an object with block types as its keys (resource, variable, …).", root.range());
            return new Body(List.of(), List.of(), whole);
        }
        return new JsonSyntax(filename, diags).topLevel(root);
    }

    private Body topLevel(Node root) {
        List<Block> blocks = new ArrayList<>();
        for (Node.Field f : root.fields()) {
            if (f.name().equals("//")) {
                continue;
            }
            int depth = LABELS.getOrDefault(f.name(), 0);
            labelled(f.name(), f.nameRange(), f.value(), depth, new ArrayList<>(), new ArrayList<>(), blocks);
        }
        return new Body(List.of(), blocks, root.range());
    }

    private void labelled(String type, SourceRange typeRange, Node n, int remaining, List<String> labels,
                          List<SourceRange> labelRanges, List<Block> out) {
        if (remaining == 0) {
            for (Node item : n.isArray() ? n.elements() : List.of(n)) {
                out.add(block(type, typeRange, labels, labelRanges, item));
            }
            return;
        }
        if (!n.isObject()) {
            diags.error("Incorrect JSON value type", "A JSON object is required here, with " + type
                    + " labels as its keys.", n.range());
            return;
        }
        for (Node.Field f : n.fields()) {
            if (f.name().equals("//")) {
                continue;
            }
            List<String> l = new ArrayList<>(labels);
            l.add(f.name());
            List<SourceRange> r = new ArrayList<>(labelRanges);
            r.add(f.nameRange());
            labelled(type, typeRange, f.value(), remaining - 1, l, r, out);
        }
    }

    private Block block(String type, SourceRange typeRange, List<String> labels, List<SourceRange> labelRanges, Node n) {
        Body body = body(n);
        SourceRange def = labelRanges.isEmpty() ? typeRange : labelRanges.get(labelRanges.size() - 1);
        return new Block(type, labels, labelRanges, body, typeRange, def, n.range());
    }

    private Body body(Node n) {
        if (!n.isObject()) {
            diags.error("Incorrect JSON value type", "A JSON object is required here, with argument names as its keys.", n.range());
            return new Body(List.of(), List.of(), n.range());
        }
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Node.Field f : n.fields()) {
            if (f.name().equals("//")) {
                continue;
            }
            boolean objects = f.value().isObject() || (f.value().isArray() && !f.value().elements().isEmpty()
                    && f.value().elements().stream().allMatch(Node::isObject));
            if (NESTED_BLOCKS.contains(f.name()) && objects) {
                for (Node item : f.value().isArray() ? f.value().elements() : List.of(f.value())) {
                    blocks.add(new Block(f.name(), List.of(), List.of(), body(item), f.nameRange(), f.nameRange(), item.range()));
                }
            } else {
                Expr e = expr(f.value());
                attributes.add(new Attribute(f.name(), e, f.nameRange(), f.nameRange().to(e.range())));
            }
        }
        return new Body(attributes, blocks, n.range());
    }

    private Expr expr(Node n) {
        Object v = n.value();
        if (n.isObject()) {
            List<Expr.Item> items = new ArrayList<>();
            for (Node.Field f : n.fields()) {
                items.add(new Expr.Item(new Expr.Literal(new StringValue(f.name()), f.nameRange()), expr(f.value()), true));
            }
            return new Expr.ObjectCons(items, n.range());
        }
        if (n.isArray()) {
            return new Expr.Tuple(n.elements().stream().map(this::expr).toList(), n.range());
        }
        if (v instanceof String s) {
            Pos start = n.range().start();
            Pos inner = new Pos(start.line(), start.column() + n.contentOffset(), start.byteOffset() + n.contentOffset());
            return HclParser.parseTemplate(filename, s, inner, diags);
        }
        if (v instanceof BigDecimal d) {
            return new Expr.Literal(new NumberValue(d), n.range());
        }
        if (v instanceof Boolean b) {
            return new Expr.Literal(BoolValue.of(b), n.range());
        }
        return new Expr.Literal(NullValue.INSTANCE, n.range());
    }
}
